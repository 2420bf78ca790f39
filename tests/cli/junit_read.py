#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads a JUnit XML file with a real JUnit reader (Debian's python3-junitparser) and prints what
# it found as JSON: the suites, their counts, and each case's result and message. tst_suite
# compares that with what `altrunner-cli test` said.
import json
import sys

from junitparser import Error, Failure, JUnitXml, Skipped

xml = JUnitXml.fromfile(sys.argv[1])
suites = []
for suite in xml:
    cases = []
    for case in suite:
        result = "passed"
        message = None
        for r in case.result:
            if isinstance(r, Failure):
                result, message = "failure", r.message
            elif isinstance(r, Error):
                result, message = "error", r.message
            elif isinstance(r, Skipped):
                result, message = "skipped", r.message
        cases.append({"name": case.name, "classname": case.classname, "time": case.time,
                      "result": result, "message": message})
    props = {p.name: p.value for p in suite.properties()} if suite.properties() else {}
    suites.append({"name": suite.name, "tests": suite.tests, "failures": suite.failures,
                   "errors": suite.errors, "skipped": suite.skipped, "time": suite.time,
                   "properties": props, "cases": cases})
print(json.dumps({"suites": suites}))
