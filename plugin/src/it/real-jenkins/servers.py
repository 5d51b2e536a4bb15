"""Loopback HTTP server for real-jenkins.sh: the deployed service's health endpoint and an NVD data feed.

GET /health      -> 200 "ok" (what healthRollback probes)
GET /nvd/<file>  -> the plugin's test feed (API 2.0 format, CVE-2021-44228 and CVE-2021-44832 for log4j),
                    cache.properties as is, nvdcve-*.json.gz gzipped from the committed nvdcve-*.json
Usage: servers.py FEED_FOLDER PORT_FILE. Binds 127.0.0.1 on a free port, writes the port to PORT_FILE and logs
every request on stdout ("GET /health 200"), which the script checks.
"""
import gzip
import http.server
import pathlib
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    feed = None

    def do_GET(self):
        if self.path == "/health":
            self.reply(200, b"ok", "text/plain")
        elif self.path.startswith("/nvd/") and "/" not in self.path[len("/nvd/"):]:
            name = self.path[len("/nvd/"):]
            plain = self.feed / name[:-len(".gz")] if name.endswith(".gz") else self.feed / name
            if name.endswith(".json.gz") and plain.is_file():
                self.reply(200, gzip.compress(plain.read_bytes()), "application/gzip")
            elif name == "cache.properties":
                self.reply(200, plain.read_bytes(), "text/plain")
            else:
                self.reply(404, b"not found", "text/plain")
        else:
            self.reply(404, b"not found", "text/plain")

    def reply(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_request(self, code="-", size="-"):
        print(f"{self.command} {self.path} {getattr(code, 'value', code)}", flush=True)


def main():
    Handler.feed = pathlib.Path(sys.argv[1])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    pathlib.Path(sys.argv[2]).write_text(str(server.server_port))
    server.serve_forever()


if __name__ == "__main__":
    main()
