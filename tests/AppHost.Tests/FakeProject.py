"""A stand-in for a project the AppHost launches: listens where ASPNETCORE_URLS says and answers /health.

--delay S          wait S seconds before listening (a slow start-up)
--exit-with TEXT   print TEXT and exit with code 3 instead (a start-up that fails)
--check-references exit with code 4 unless every services__<name>__http__<i> answers /health with 200 right now
--name TEXT        ignored: lets a test find its processes by command line
"""
import argparse
import http.server
import os
import sys
import time
import urllib.request
from urllib.parse import urlparse

parser = argparse.ArgumentParser()
parser.add_argument("--delay", type=float, default=0)
parser.add_argument("--exit-with")
parser.add_argument("--check-references", action="store_true")
parser.add_argument("--name")
args = parser.parse_args()

if args.exit_with:
    print(args.exit_with, flush=True)
    sys.exit(3)

if args.check_references:
    references = sorted(value for key, value in os.environ.items() if key.startswith("services__"))
    for address in references:
        try:
            status = urllib.request.urlopen(address + "/health", timeout=2).status
        except OSError as error:
            status = error
        if status != 200:
            print(f"{address} was not healthy at start-up: {status}", flush=True)
            sys.exit(4)
    print(f"all {len(references)} references were healthy at start-up", flush=True)

time.sleep(args.delay)


class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/health" else 404)
        self.end_headers()
        self.wfile.write(b"Healthy")

    def log_message(self, *_):
        pass


url = urlparse(os.environ["ASPNETCORE_URLS"])
print(f"listening on {url.hostname}:{url.port}", flush=True)
http.server.HTTPServer((url.hostname, url.port), Health).serve_forever()
