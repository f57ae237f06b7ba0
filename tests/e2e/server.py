"""Static file server for the end-to-end tests, on 127.0.0.1 only.

Like `python3 -m http.server`, plus: any page named csp.html is served with
the strict Content-Security-Policy header the embedding guide promises to
work under. Usage: python3 server.py PORT DIRECTORY
"""
import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"


class Handler(SimpleHTTPRequestHandler):
    def end_headers(self):
        if self.path.split("?")[0].endswith("csp.html"):
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


port, directory = int(sys.argv[1]), sys.argv[2]
server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
server.serve_forever()
