#!/usr/bin/env python3
"""Writes the encoding test files: one table of finds, saved as an older Vietnamese Excel or
Word would save it (standard library only; all data made up).

Run from anywhere: python3 tests/data/encodings/make.py. The files are committed; rerun only
to change them. tests/encodings.rs reads them and checks the text against TEXT here.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# The table, as a committee clerk types it (Vietnamese headers, Vietnamese province names).
TEXT = (
    "Ngày,Mùa khô,Đội,Tỉnh,Số hài cốt,Ghi chú\r\n"
    "06/11/2024,mùa khô 2024–2025,Đội K52,Xiêm Riệp,3,Hài cốt liệt sĩ\r\n"
    "15/12/2024,mùa khô 2024–2025,Đội K52,Công-pông Chàm,2,gần Kông Pông Chàm\r\n"
    "20/01/2025,mùa khô 2024–2025,Đội K71,Kra-chê,1,giáp Tây Ninh\r\n"
    "03/03/2025,mùa khô 2024–2025,Đội K92,Phnôm Pênh,4,được quy tập\r\n"
)

TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text):
    """Windows-1258 as Excel writes it: a letter the code page has is one byte; a letter with a
    tone mark it lacks is its base letter (itself maybe precomposed: â ê ô ă ơ ư) and then the
    combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in nfd if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
        out += (base + tone).encode("cp1258")
    return bytes(out)


# TCVN3 (ABC, TCVN 5712:1993 VN3): its letters and their bytes, 0xA1-0xFE (the rest is ASCII).
TCVN3_LETTERS = (
    "ĂÂÊÔƠƯĐăâêôơưđ"
    "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
TCVN3_BYTES = bytes(range(0xA1, 0xAF)) + bytes(
    [0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
     0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
     0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
     0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE]
)
assert len(TCVN3_LETTERS) == len(TCVN3_BYTES)
TCVN3 = dict(zip(TCVN3_LETTERS, TCVN3_BYTES))


def tcvn3(text):
    """TCVN3: ASCII as it is, each Vietnamese letter its byte; a capital with a tone mark (which
    the .VnTime fonts lack: .VnTimeH draws the lowercase codes as capitals) as its lowercase.
    The en dash, which TCVN3 lacks, becomes a hyphen."""
    out = bytearray()
    for ch in text.replace("–", "-"):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in TCVN3:
            out.append(TCVN3[ch])
        else:
            out.append(TCVN3[ch.lower()])
    return bytes(out)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


write("utf8.csv", TEXT.encode("utf-8"))
write("utf8-bom.csv", b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
write("utf16le.csv", b"\xff\xfe" + TEXT.encode("utf-16-le"))
write("utf16le-no-bom.csv", TEXT.encode("utf-16-le"))
write("utf16be-no-bom.csv", TEXT.encode("utf-16-be"))
write("windows1258.csv", cp1258(TEXT))
write("tcvn3.csv", tcvn3(TEXT))
# Every Vietnamese name of a province in the gazetteer with a letter beyond ASCII, a row each,
# under an English header: the names alone tell the encoding.
import csv

with open(os.path.join(HERE, "..", "..", "..", "data", "aliases.csv"), encoding="utf-8") as f:
    NAMES = [r["alias"] for r in csv.DictReader(f) if r["lang"] == "vi" and any(ord(c) > 127 for c in r["alias"])]
ROWS = "province,team,remains\n" + "".join(f"{name},K52,1\n" for name in NAMES)
write("names-utf8.csv", ROWS.encode("utf-8"))
write("names-windows1258.csv", cp1258(ROWS))
write("names-tcvn3.csv", tcvn3(ROWS))

# French in Latin-1: neither Vietnamese encoding reads it as Vietnamese (two tone marks a word).
write("latin1.csv", "province,team,remains,note\nKratie,K92,1,Société Générale\n".encode("latin-1"))
