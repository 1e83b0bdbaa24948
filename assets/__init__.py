"""The pipeline's stages, one module each: ingest → normalize → validate → aggregate."""
