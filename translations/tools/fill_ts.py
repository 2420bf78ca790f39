#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the translations of tr_strings.py into altrunner_tr.ts (and the source texts into
# altrunner_en.ts), then checks that no message is left unfinished.
# Usage: translations/tools/fill_ts.py    (after `cmake --build build --target update_translations`)
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from tr_strings import TR  # noqa: E402

def fill(path, lookup):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        text = lookup(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return missing

root = os.path.dirname(here)
missing = fill(os.path.join(root, "altrunner_tr.ts"), TR.get)
fill(os.path.join(root, "altrunner_en.ts"), lambda s: s)
if missing:
    print("untranslated:", *missing, sep="\n  ")
    sys.exit(1)
print("altrunner_tr.ts: every message translated")
