#!/usr/bin/python3
"""The receiving end of bench/invitations.sh: a minimal SMTP server and a minimal HTTP server
(an SMS gateway) on loopback, asyncio, fast enough not to be what is measured. Every message's
invitation link token (the text after "/i/" up to the next space, slash or line end) is
appended to TOKENS, one a line, so that duplicates can be counted afterwards.

usage: invitation_sinks.py SMTP_PORT HTTP_PORT TOKENS
"""
import asyncio
import re
import sys

smtp_port, http_port, tokens_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
TOKEN = re.compile(rb"/i/([0-9]+-[0-9a-f]+)")
out = open(tokens_path, "ab", buffering=0)


def record(data):
    found = TOKEN.search(data)
    out.write((found.group(1) if found else b"-") + b"\n")


async def smtp(reader, writer):
    try:
        await smtp_session(reader, writer)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    writer.close()


async def smtp_session(reader, writer):
    writer.write(b"220 sink ESMTP\r\n")
    while True:
        line = await reader.readline()
        if not line:
            break
        verb = line[:4].upper()
        if verb in (b"EHLO", b"HELO"):
            writer.write(b"250-sink\r\n250 8BITMIME\r\n")
        elif verb == b"DATA":
            writer.write(b"354 go on\r\n")
            data = await reader.readuntil(b"\r\n.\r\n")
            record(data)
            writer.write(b"250 accepted\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:  # MAIL, RCPT, RSET, NOOP
            writer.write(b"250 ok\r\n")
        await writer.drain()


async def http(reader, writer):
    try:
        await http_session(reader, writer)
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    writer.close()


async def http_session(reader, writer):
    while True:
        head = await reader.readuntil(b"\r\n\r\n")
        length = re.search(rb"(?i)content-length:\s*(\d+)", head)
        body = await reader.readexactly(int(length.group(1))) if length else b""
        record(body if body else head)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
        await writer.drain()


async def main():
    servers = [await asyncio.start_server(smtp, "127.0.0.1", smtp_port, backlog=1024),
               await asyncio.start_server(http, "127.0.0.1", http_port, backlog=1024)]
    await asyncio.gather(*(s.serve_forever() for s in servers))


try:
    asyncio.run(main())
except KeyboardInterrupt:
    pass
