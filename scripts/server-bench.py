#!/usr/bin/env python3
"""Whole applications against a running nss-kiosk-server, one after another, as a terminal makes them:
captcha, submission, the link of the email opened (as a phone), the status, Paso 1, Paso 2, and the list
of documents (screen 9). The server's own time of each answer is read from its Server-Timing header
(app;dur=ms) and summed per application. Not in the sum: `resultEmailSent`, which only waits for the
result email being written in the background (it is called, so that email is done before the next
application starts), and the two PDFs, which a terminal asks for only to save or print them (their
median is reported apart). Prints one JSON line: the median and p90 of the sums, the median of a PDF,
the number of applications, and an application whose confirmation is still pending (for wrk).

usage: server-bench.py BASE TOKEN DATA_DIR CAPTCHA_ANSWER CURP...
"""
import email
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request
import uuid

base, token, data, answer = sys.argv[1:5]
curps = sys.argv[5:]


def request(method, path, body=None, key=None):
    """One request; returns (status, body bytes, server ms)."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    data_ = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data_, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            status, payload, timing = response.status, response.read(), response.headers.get("Server-Timing", "")
    except urllib.error.HTTPError as error:
        status, payload, timing = error.code, error.read(), error.headers.get("Server-Timing", "")
    ms = float(timing.split("dur=")[1]) if "dur=" in timing else float("nan")
    return status, payload, ms


def call(name, body, key=None):
    status, payload, ms = request("POST", f"/v1/llamadas/{name}", body, key)
    if status != 200:
        raise SystemExit(f"{name}: HTTP {status}: {payload[:300]!r}")
    return json.loads(payload), ms


def confirmation_link(application):
    """The link of the application's confirmation email, from the server's Maildir outbox."""
    folder = os.path.join(data, "outbox", "new")
    for _ in range(200):
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), "rb") as handle:
                message = email.message_from_binary_file(handle)
            if message.get("X-NSS-Application") != application or message.get("X-NSS-Message") != "confirmacion":
                continue
            for part in message.walk():
                if part.get_content_type() == "text/plain":
                    text = part.get_payload(decode=True).decode("utf-8")
                    for line in text.splitlines():
                        if line.startswith("https://") or line.startswith("http://"):
                            return line.strip()
        time.sleep(0.05)
    raise SystemExit("no confirmation email in the outbox")


def application(curp, email_address):
    times = {}
    captcha, times["newCaptcha"] = call("newCaptcha", "picture")
    ticket, times["submit"] = call("submit", {"curp": {"value": curp}, "email": {"value": email_address},
                                              "captchaID": captcha["id"], "captchaAnswer": answer}, key=uuid.uuid4().hex)
    identifier = ticket["id"]
    link = confirmation_link(identifier)
    # The phone opens the link's page, then presses its button.
    for method in ("GET", "POST"):
        status, _, times[f"confirmar {method}"] = request(method, "/confirmar/" + link.rsplit("/", 1)[1])
        if status != 200:
            raise SystemExit(f"confirmar ({method}): HTTP {status}")
    for name, key in (("confirmationStatus", False), ("startProcedure", False), ("finishProcedure", True)):
        _, times[name] = call(name, identifier, key=uuid.uuid4().hex if key else None)
    call("resultEmailSent", identifier)
    documents, times["documents"] = call("documents", identifier)
    pdfs = [call("document", document["id"])[1] for document in documents]
    return times, pdfs


# The first application makes the seal's key and touches every code path once: not counted.
application(curps[0], "persona.0@example.com")
runs = [application(curp, f"persona.{i + 1}@example.com") for i, curp in enumerate(curps[1:-1])]
totals = [sum(times.values()) for times, _ in runs]
# Each step's median, to see where an application's time goes.
steps = {name: round(statistics.median(times[name] for times, _ in runs), 2) for name in runs[0][0]}
pdfs = [ms for _, times in runs for ms in times]
# One more, left waiting for its confirmation: the status benchmark asks about it.
captcha, _ = call("newCaptcha", "picture")
pending, _ = call("submit", {"curp": {"value": curps[-1]}, "email": {"value": "pendiente@example.com"},
                             "captchaID": captcha["id"], "captchaAnswer": answer}, key=uuid.uuid4().hex)
totals.sort()
print(json.dumps({"median_ms": statistics.median(totals), "p90_ms": totals[int(len(totals) * 0.9) - 1],
                  "pdf_median_ms": statistics.median(pdfs),
                  "applications": len(totals), "pending": pending["id"], "steps": steps}))
