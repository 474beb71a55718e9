#!/usr/bin/python3
"""A real SMTP server for tests (Debian's python3-aiosmtpd): stores every message it accepts
in the Maildir MAILDIR, after answering the first REFUSE messages' data with 451 (try again
later), as a mail server that is briefly unavailable does.

usage: smtp_sink.py PORT MAILDIR REFUSE
"""
import asyncio
import sys

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP

port, maildir, refuse = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])


class RefusingMailbox(Mailbox):
    def __init__(self, path, refuse):
        super().__init__(path)
        self.refuse = refuse

    async def handle_DATA(self, server, session, envelope):
        if self.refuse > 0:
            self.refuse -= 1
            return "451 4.3.0 Try again later"
        return await super().handle_DATA(server, session, envelope)


handler = RefusingMailbox(maildir, refuse)
loop = asyncio.new_event_loop()
loop.run_until_complete(loop.create_server(lambda: SMTP(handler), host="127.0.0.1", port=port))
loop.run_forever()
