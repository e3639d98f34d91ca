"""Downloading a layer source on request, against a server on 127.0.0.1 (never the network)."""

from __future__ import annotations

import hashlib
import http.server
import threading

import pytest

from geo.gazetteer.download import download, sha256

BODY = bytes(range(256)) * 4000  # ~1 MB


class _RangeHandler(http.server.BaseHTTPRequestHandler):
    ranges_seen: list = []

    def do_GET(self):  # noqa: N802 - the http.server interface
        start = 0
        header = self.headers.get("Range")
        if header and self.server.honours_range:
            start = int(header.split("=")[1].split("-")[0])
            type(self).ranges_seen.append(start)
            self.send_response(206)
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(BODY) - start))
        self.end_headers()
        self.wfile.write(BODY[start:])

    def log_message(self, *args):
        pass


@pytest.fixture(params=[True, False], ids=["range", "no-range"])
def server(request):
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _RangeHandler)
    httpd.honours_range = request.param
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_a_download_resumes_from_its_partial_file(server, tmp_path):
    (tmp_path / "XX.zip.part").write_bytes(BODY[:300_000])  # an interrupted earlier run
    _RangeHandler.ranges_seen = []
    path = download(f"http://127.0.0.1:{server.server_port}/dump/XX.zip", tmp_path, progress=False)
    assert path == tmp_path / "XX.zip" and path.read_bytes() == BODY
    assert _RangeHandler.ranges_seen == ([300_000] if server.honours_range else [])
    assert sha256(path) == hashlib.sha256(BODY).hexdigest()
    assert not (tmp_path / "XX.zip.part").exists()
