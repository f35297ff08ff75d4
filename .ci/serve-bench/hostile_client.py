"""A hostile but fair client for `digitbook serve`, from its own loopback address (127.0.0.2), for SECONDS:
  - hoards idle connections: keeps 300 open (some mid-header), reopening any the server closes;
  - posts large uploads without pause: 4 at a time, each two 36-megapixel PNGs (slow to decode) in one form;
  - trickles 4 uploads a byte a second.
Prints what the server answered it. Standard library only. Usage: python3 hostile_client.py PORT SECONDS
"""
import socket
import struct
import sys
import threading
import time
import zlib

PORT, SECONDS = int(sys.argv[1]), float(sys.argv[2])
SOURCE = "127.0.0.2"
stop = time.time() + SECONDS
counts = {}
lock = threading.Lock()


def count(key):
    with lock:
        counts[key] = counts.get(key, 0) + 1


def connect():
    connection = socket.socket()
    connection.bind((SOURCE, 0))
    connection.settimeout(60)
    connection.connect(("127.0.0.1", PORT))
    return connection


def png(side):
    """A side x side grey PNG: light paper with a dark vertical bar."""
    row = bytearray([235] * side)
    row[side // 2 - side // 60: side // 2 + side // 60] = bytes([20]) * (2 * (side // 60))
    plain, inked = b"\x00" + bytes([235] * side), b"\x00" + bytes(row)
    rows = b"".join(inked if side // 6 <= y < side * 5 // 6 else plain for y in range(side))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def hoarder():
    held = []
    while time.time() < stop:
        alive = []
        for connection in held:
            try:
                connection.setblocking(False)
                if connection.recv(1) == b"":
                    raise ConnectionError
            except BlockingIOError:
                alive.append(connection)
                continue
            except OSError:
                pass
            count("idle connection closed by the server")
            connection.close()
        held = alive
        while len(held) < 300 and time.time() < stop:
            try:
                connection = connect()
                if len(held) % 2:
                    connection.sendall(b"GET /healthz HTTP/1.1\r\nHo")
                held.append(connection)
                count("idle connection opened")
            except OSError:
                count("idle connection refused")
                break
        time.sleep(0.5)


def uploader(body, boundary):
    head = (f"POST /api/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    while time.time() < stop:
        try:
            connection = connect()
            connection.sendall(head + body)
            answer = connection.recv(64).decode("latin-1")
            count("large upload answered " + (answer.split(" ")[1] if " " in answer else "nothing"))
            connection.close()
        except OSError:
            count("large upload failed")
            time.sleep(0.2)


def trickler():
    while time.time() < stop:
        try:
            connection = connect()
            connection.sendall(b"POST /api/predict HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nContent-Length: 1000000\r\n\r\n")
            while time.time() < stop:
                connection.sendall(b"\x89")
                time.sleep(1)
        except OSError:
            count("trickle cut by the server")
            time.sleep(0.5)


boundary = "hostile"
big = png(6000)
body = b"".join(
    f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; filename="{n}.png"\r\n\r\n'.encode() + big + b"\r\n"
    for n in ("a", "b")) + f"--{boundary}--\r\n".encode()
threads = [threading.Thread(target=hoarder)]
threads += [threading.Thread(target=uploader, args=(body, boundary)) for _ in range(4)]
threads += [threading.Thread(target=trickler) for _ in range(4)]
for thread in threads:
    thread.daemon = True
    thread.start()
time.sleep(SECONDS + 1)
for key in sorted(counts):
    print(f"  hostile: {key}: {counts[key]}")
