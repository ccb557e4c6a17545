#!/usr/bin/python3
"""Measures a full-screen terminal program the way a person meets it, in a pseudo-terminal.

    tui-bench.py [--cols 80] [--rows 24] [--runs N] [--env K=V]... [--step STEP]... -- COMMAND [ARG]...

The program runs in a pty of the given size, with TERM=xterm-256color and LANG=C.UTF-8 unless --env
says otherwise; its output feeds an emulated screen (pyte), so steps can wait for text as a person
reads it. Steps, in order:

    wait TEXT       until TEXT is on the screen (the first one marks the first painted screen)
    type TEXT       types TEXT one character at a time, measuring each key (see below)
    key NAME        presses Enter, Tab, Down, Up, Esc or F1..F12 and lets the screen settle
    typecmd CMD     types what the shell command CMD prints (not measured: a code read from a mailbox)

At the end the program gets SIGTERM. Its peak memory is its VmHWM, read from /proc every 50 ms and
just before the end (not wait4's ru_maxrss, which also counts the children it has reaped); the
programs it starts are sampled the same way and reported by name. The whole is done --runs times;
prints one JSON object, each time a median over the runs (peak memory: the largest):

    first_paint_ms   start → the last byte of the burst that first showed the first `wait` text
    key_latency_ms   median over typed characters: key written → first byte of the answer
    key_settle_ms    median: key written → last byte before the screen went quiet (--settle)
    bytes_per_key    bytes written in answer to typed characters, divided by their number
    keys_echoed_alone  typed characters answered with their own bytes and nothing else
    keys             how many characters were typed and measured
    peak_rss_kb      peak resident memory of the program itself
    children_peak_rss_kb   {name: peak resident memory} of the programs it started (and theirs)
Needs Python 3 and pyte (Debian: python3-pyte).
"""
import argparse
import fcntl
import json
import os
import pty
import select
import shlex
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

import pyte

KEYS = {"Enter": b"\r", "Tab": b"\t", "Esc": b"\x1b", "Backspace": b"\x7f",
        **{f"F{n}": seq for n, seq in zip(range(1, 13), [
            b"\x1bOP", b"\x1bOQ", b"\x1bOR", b"\x1bOS", b"\x1b[15~", b"\x1b[17~", b"\x1b[18~",
            b"\x1b[19~", b"\x1b[20~", b"\x1b[21~", b"\x1b[23~", b"\x1b[24~"])}}


CURSOR_KEYS = {"Up": b"A", "Down": b"B", "Right": b"C", "Left": b"D"}
DECCKM = 1 << 5  # private mode 1 as pyte keeps it: application cursor keys


class Screen(pyte.Screen):
    """pyte's screen, plus REP (CSI n b: repeat the last character), which ncurses uses for xterm."""

    last = " "

    def draw(self, data):
        super().draw(data)
        if data:
            self.last = data[-1]

    def repeat_last(self, count=1):
        self.draw(self.last * max(count, 1))


class Stream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, b="repeat_last")


class Failure(Exception):
    pass


class Session:
    """The program in a pty, its output read into the emulated screen."""

    def __init__(self, command, cols, rows, env):
        self.screen = Screen(cols, rows)
        self.stream = Stream(self.screen)
        self.start = time.monotonic()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            try:
                os.execvpe(command[0], command, env)
            finally:
                os._exit(127)
        self.first_byte = None
        self.last_byte = None
        self.answer = b""
        self.peak_kb = 0
        self.children_kb = {}
        self.next_sample = 0.0

    def sample_memory(self, force=False):
        now = time.monotonic()
        if now < self.next_sample and not force:
            return
        self.next_sample = now + 0.05
        self.peak_kb = max(self.peak_kb, peak_of(self.pid) or 0)
        for child in descendants(self.pid):
            peak = peak_of(child)
            if peak:
                name = process_name(child)
                self.children_kb[name] = max(self.children_kb.get(name, 0), peak)

    def read(self, timeout):
        """Reads what is there within `timeout` seconds; returns the number of bytes read.

        Everything that has arrived is read and timed before any of it goes to the emulated screen:
        pyte is slow, and feeding each piece as it came would time the arrival of the next pieces
        by pyte's speed, not the program's (a program writing more, or in more pieces, would look
        slower than it is)."""
        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0))
        self.sample_memory()
        if not ready:
            return 0
        pieces = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                data = b""
            if not data:
                if pieces:
                    break
                raise Failure("the program ended early")
            now = time.monotonic()
            if not pieces:
                self.first_byte = now
            self.last_byte = now
            pieces.append(data)
            more, _, _ = select.select([self.fd], [], [], 0)
            if not more:
                break
        for data in pieces:
            self.stream.feed(data)
            self.answer += data
        return sum(len(data) for data in pieces)

    def settle(self, quiet):
        """Reads until nothing has come for `quiet` seconds; returns the bytes read."""
        total = 0
        while True:
            count = self.read(quiet)
            if count == 0:
                return total
            total += count

    def shows(self, text):
        return any(text in line for line in self.screen.display)

    def wait(self, text, timeout):
        deadline = time.monotonic() + timeout
        while not self.shows(text):
            if time.monotonic() > deadline:
                raise Failure(f"«{text}» did not appear; the screen was:\n" + "\n".join(self.screen.display))
            self.read(deadline - time.monotonic())

    def key(self, name):
        """The bytes xterm sends for a named key: cursor keys follow DECCKM, as after ncurses' smkx."""
        if name in CURSOR_KEYS:
            return (b"\x1bO" if DECCKM in self.screen.mode else b"\x1b[") + CURSOR_KEYS[name]
        return KEYS[name]

    def press(self, data, quiet, response):
        """Writes one key; returns (ms to the first byte, ms to the last byte before quiet, bytes)."""
        written = time.monotonic()
        self.answer = b""
        os.write(self.fd, data)
        first = self.read(response)
        if first == 0:
            return None, None, 0
        first_at = self.first_byte
        total = first + self.settle(quiet)
        return (first_at - written) * 1000, (self.last_byte - written) * 1000, total

    def finish(self):
        """Ends the program (SIGTERM, then SIGKILL) and returns its peak memory in kB."""
        self.sample_memory(force=True)
        os.kill(self.pid, signal.SIGTERM)
        deadline = time.monotonic() + 3
        while True:
            pid, _, usage = os.wait4(self.pid, os.WNOHANG)
            if pid == self.pid:
                break
            try:
                os.read(self.fd, 65536)
            except OSError:
                pass
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                _, _, usage = os.wait4(self.pid, 0)
                break
            time.sleep(0.01)
        os.close(self.fd)
        return self.peak_kb


def peak_of(pid):
    """VmHWM of a process in kB, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def descendants(pid):
    """The processes started by `pid`, and theirs."""
    found, pending = [], [pid]
    while pending:
        parent = pending.pop()
        try:
            with open(f"/proc/{parent}/task/{parent}/children") as children:
                kids = [int(kid) for kid in children.read().split()]
        except OSError:
            kids = []
        found += kids
        pending += kids
    return found


def process_name(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return os.path.basename(cmdline.read().split(b"\0")[0].decode(errors="replace"))
    except OSError:
        return str(pid)


def run_once(args, env):
    """Runs the program through the steps once; returns its measurements."""
    session = Session(args.command, args.cols, args.rows, env)
    first_paint = None
    latencies, settles, key_bytes, alone = [], [], 0, 0
    try:
        for step in args.step:
            verb, _, text = step.partition(" ")
            if verb == "wait":
                session.wait(text, args.timeout)
                if first_paint is None:
                    session.settle(args.settle)
                    first_paint = (session.last_byte - session.start) * 1000
            elif verb == "type":
                for char in text:
                    latency, settled, count = session.press(char.encode(), args.settle, 1.5)
                    if latency is None:
                        raise Failure(f"no answer to the key «{char}»")
                    latencies.append(latency)
                    settles.append(settled)
                    key_bytes += count
                    alone += session.answer == char.encode()
            elif verb == "key":
                for name in text.split():
                    session.press(session.key(name), args.settle, 1.5)
            elif verb == "typecmd":
                typed = subprocess.run(text, shell=True, check=True, capture_output=True, text=True).stdout.strip()
                if not typed:
                    raise Failure(f"«{text}» printed nothing to type")
                for char in typed:
                    session.press(char.encode(), args.settle, 1.5)
            else:
                raise Failure(f"unknown step «{step}»")
    except Failure:
        session.finish()
        raise
    return {
        "first_paint_ms": first_paint,
        "key_latency_ms": statistics.median(latencies) if latencies else None,
        "key_settle_ms": statistics.median(settles) if settles else None,
        "bytes_per_key": key_bytes / len(latencies) if latencies else None,
        "keys_echoed_alone": alone,
        "keys": len(latencies),
        "peak_rss_kb": session.finish(),
        "children_peak_rss_kb": session.children_kb,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cols", type=int, default=80)
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--env", action="append", default=[], help="K=V added to the environment")
    parser.add_argument("--step", action="append", default=[])
    parser.add_argument("--settle", type=float, default=0.03, help="quiet seconds that end a screen update")
    parser.add_argument("--timeout", type=float, default=30, help="seconds a wait may take")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX", "LC_ALL", "ESCDELAY")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    env.update(item.split("=", 1) for item in args.env)

    try:
        runs = [run_once(args, env) for _ in range(args.runs)]
    except Failure as failure:
        print(f"tui-bench: {shlex.join(args.command)}: {failure}", file=sys.stderr)
        sys.exit(1)
    summary = {"runs": len(runs)}
    for name in ("first_paint_ms", "key_latency_ms", "key_settle_ms", "bytes_per_key"):
        values = [run[name] for run in runs if run[name] is not None]
        summary[name] = round(statistics.median(values), 3) if values else None
    summary["keys"] = runs[0]["keys"]
    summary["keys_echoed_alone"] = min(run["keys_echoed_alone"] for run in runs)
    summary["peak_rss_kb"] = max(run["peak_rss_kb"] for run in runs)
    children = {}
    for run in runs:
        for name, peak in run["children_peak_rss_kb"].items():
            children[name] = max(children.get(name, 0), peak)
    summary["children_peak_rss_kb"] = children
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
