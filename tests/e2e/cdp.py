"""Headless Chromium (Debian's) driven over the DevTools protocol, for what a dumped DOM cannot tell: whether an
image really loaded (`naturalWidth`), and clicking a button. A few calls over the `websockets` client that
dagster-webserver already installs (uvicorn's), rather than a browser-automation framework and its own browser."""

from __future__ import annotations

import base64
import itertools
import json
import tempfile
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.servers import chromium_binary, free_port, server, wait_until


class Page:
    def __init__(self, ws):
        self.ws = ws
        self._ids = itertools.count(1)

    def call(self, method: str, **params) -> dict:
        msg_id = next(self._ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:  # events the page sends meanwhile are skipped
            msg = json.loads(self.ws.recv(timeout=120))
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def goto(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def eval(self, expression: str):
        """The value of a JavaScript expression in the page (promises awaited)."""
        found = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in found:
            raise RuntimeError(f"{expression[:80]}…: {found['exceptionDetails'].get('text')}")
        return found["result"].get("value")

    def wait(self, expression: str, timeout: float, what: str):
        return wait_until(lambda: self.eval(expression), timeout, what, every=0.5)

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))


@contextmanager
def chromium(width: int = 1400, height: int = 1600):
    """One headless Chromium tab, stopped (with its process group) at the end."""
    binary = chromium_binary()
    if binary is None:
        raise FileNotFoundError("chromium is not installed (.ci/run installs Debian's chromium)")
    from websockets.sync.client import connect

    port = free_port()
    with tempfile.TemporaryDirectory() as profile:
        cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
               "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
               f"--user-data-dir={profile}", f"--window-size={width},{height}", f"--remote-debugging-port={port}",
               "about:blank"]
        with server(cmd, log=Path(profile) / "chromium.log"):
            def tab():
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as resp:
                    return next((t for t in json.loads(resp.read()) if t.get("type") == "page"), None)

            target = wait_until(tab, 60, "Chromium's DevTools endpoint", every=0.3)
            with connect(target["webSocketDebuggerUrl"], max_size=None, open_timeout=30) as ws:
                page = Page(ws)
                page.call("Page.enable")
                yield page
