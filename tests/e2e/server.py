"""Static file server for the end-to-end tests, on 127.0.0.1 only.

Like `python3 -m http.server`, plus: any page named csp.html is served with
the strict Content-Security-Policy header the embedding guide promises to
work under, and two routes for the hostile-server tests (issue #16):
/__redirect__/PATH answers 302 to http://localhost:PORT/PATH (another
origin, which sends CORS headers, so only Berth's own check refuses it), and
/__redirect_same__/PATH answers 302 to /PATH on the same origin.
Usage: python3 server.py PORT DIRECTORY (PORT 0: any free port). Its first line
on stdout, once it listens, is "listening on PORT" (tests/e2e/harness.mjs waits for it).
"""
import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"


class Handler(SimpleHTTPRequestHandler):
    def do_GET(self):
        for prefix, origin in (("/__redirect__/", f"http://localhost:{port}/"), ("/__redirect_same__/", "/")):
            if self.path.startswith(prefix):
                self.send_response(302)
                self.send_header("Location", origin + self.path[len(prefix):])
                self.end_headers()
                return
        super().do_GET()

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        if self.path.split("?")[0].endswith("csp.html"):
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


requested, directory = int(sys.argv[1]), sys.argv[2]
server = ThreadingHTTPServer(("127.0.0.1", requested), functools.partial(Handler, directory=directory))
port = server.server_address[1]
print(f"listening on {port}", flush=True)
server.serve_forever()
