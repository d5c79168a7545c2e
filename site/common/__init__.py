"""What every app shares and that imports none of them: absolute addresses, HTML as text, the pages' locale fallback."""
