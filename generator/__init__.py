"""Build-time tools: turn spec/musicapi.yaml into generated/ and compare it with the docs."""
