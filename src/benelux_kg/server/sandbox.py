"""Query workers may not open network sockets: a seccomp filter, as a second line.

The endpoint refuses ``SERVICE`` before a query runs (see ``sparql_lexer``); should a
query ever slip past that check, pyoxigraph in a worker still cannot reach another host,
because the worker's kernel filter lets ``socket()`` create Unix sockets only (the pipe
to the server is made before the filter is installed). Linux on x86-64 and AArch64 only;
elsewhere the workers run without it and :func:`forbid_network` says so.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import socket
import sys

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_RET_K = 0x06  # BPF_RET | BPF_K
# (audit architecture, number of the socket system call)
_ARCHES = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}


class _Filter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint32),
    ]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]


def forbid_network() -> bool:
    """Forbid this process (and its children) every socket but Unix ones; True if done."""
    arch = _ARCHES.get(platform.machine())
    if not sys.platform.startswith("linux") or arch is None:
        return False
    audit_arch, socket_call = arch
    program = [
        (_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        (_JEQ_K, 0, 4, audit_arch),  # another ABI: allow
        (_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
        (_JEQ_K, 0, 2, socket_call),  # not socket(): allow
        (_LD_W_ABS, 0, 0, 16),  # seccomp_data.args[0]: the address family
        (_JEQ_K, 0, 1, socket.AF_UNIX),
        (_RET_K, 0, 0, _RET_ALLOW),
        (_RET_K, 0, 0, _RET_ERRNO | errno.EACCES),
    ]
    filters = (_Filter * len(program))(*(_Filter(*step) for step in program))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    prog = _Program(len(program), filters)
    return bool(libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) == 0)
