"""`saidwhat serve`: web pages and a JSON API over a saidwhat database (FastAPI, Jinja2, uvicorn)."""
