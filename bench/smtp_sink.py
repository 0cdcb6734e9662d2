#!/usr/bin/env python3
"""A local SMTP sink for the mail benchmark: keeps nothing but counts.

    smtp_sink.py PORT_FILE STATS_FILE
        Listens on a free loopback port (written to PORT_FILE), accepts every message, and
        rewrites STATS_FILE after each one with `count first_at last_at` (monotonic seconds).
    smtp_sink.py send PORT COUNT CONNECTIONS SIZE
        The trivial sender: COUNT messages of SIZE bytes over CONNECTIONS connections, as fast
        as the sink takes them; prints messages per second.
"""
import asyncio
import smtplib
import sys
import threading
import time


async def serve(port_file, stats_file):
    state = {"count": 0, "first": 0.0, "last": 0.0}

    async def client(reader, writer):
        writer.write(b"220 sink\r\n")
        await writer.drain()
        while True:
            line = await reader.readline()
            if not line:
                break
            command = line.strip().upper()
            if command.startswith(b"EHLO"):
                writer.write(b"250-sink\r\n250 8BITMIME\r\n")
            elif command == b"DATA":
                writer.write(b"354 go on\r\n")
                await writer.drain()
                while (await reader.readline()) not in (b".\r\n", b""):
                    pass
                now = time.monotonic()
                state["count"] += 1
                state["first"] = state["first"] or now
                state["last"] = now
                with open(stats_file, "w") as f:
                    f.write(f"{state['count']} {state['first']} {state['last']}\n")
                writer.write(b"250 kept\r\n")
            elif command == b"QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(client, "127.0.0.1", 0)
    with open(port_file, "w") as f:
        f.write(str(server.sockets[0].getsockname()[1]))
    async with server:
        await server.serve_forever()


def send(port, count, connections, size):
    body = "x" * 70 + "\r\n"
    message = ("From: a@bench.test\r\nTo: b@bench.test\r\nSubject: raw\r\n\r\n"
               + body * max(1, size // len(body)))
    per = count // connections

    def one():
        s = smtplib.SMTP("127.0.0.1", port)
        for _ in range(per):
            s.sendmail("a@bench.test", ["b@bench.test"], message)
        s.quit()

    started = time.monotonic()
    threads = [threading.Thread(target=one) for _ in range(connections)]
    for t in threads: t.start()
    for t in threads: t.join()
    print(f"{per * connections / (time.monotonic() - started):.0f}")


if __name__ == "__main__":
    if sys.argv[1] == "send":
        send(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    else:
        asyncio.run(serve(sys.argv[1], sys.argv[2]))
