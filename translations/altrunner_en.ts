<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <source>budget must be an object such as {"tokens": 50000, "cost": 2.5}</source>
        <translation>budget must be an object such as {"tokens": 50000, "cost": 2.5}</translation>
    </message>
    <message>
        <source>budget: unknown member '%1' (it takes tokens and cost)</source>
        <translation>budget: unknown member '%1' (it takes tokens and cost)</translation>
    </message>
    <message>
        <source>budget.tokens must be a whole number of 0 or more</source>
        <translation>budget.tokens must be a whole number of 0 or more</translation>
    </message>
    <message>
        <source>budget.cost must be an amount of 0 or more</source>
        <translation>budget.cost must be an amount of 0 or more</translation>
    </message>
</context>
<context>
    <name>altrunner::AltFileStore</name>
    <message>
        <source>this server has no ALT_FILES_DIR: send the ALT file itself as alt_file</source>
        <translation>this server has no ALT_FILES_DIR: send the ALT file itself as alt_file</translation>
    </message>
    <message>
        <source>altFileId must be a plain file id, not '%1'</source>
        <translation>altFileId must be a plain file id, not '%1'</translation>
    </message>
    <message>
        <source>ALT_FILES_DIR %1 does not exist</source>
        <translation>ALT_FILES_DIR %1 does not exist</translation>
    </message>
    <message>
        <source>altFileId '%1' leads outside ALT_FILES_DIR</source>
        <translation>altFileId '%1' leads outside ALT_FILES_DIR</translation>
    </message>
    <message>
        <source>no ALT file with id '%1' in ALT_FILES_DIR (tried %2)</source>
        <translation>no ALT file with id '%1' in ALT_FILES_DIR (tried %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::AltLoader</name>
    <message>
        <source>JSON syntax: unterminated object (a missing ',' or '}'?)</source>
        <translation>JSON syntax: unterminated object (a missing ',' or '}'?)</translation>
    </message>
    <message>
        <source>JSON syntax: expected ':' after a member name</source>
        <translation>JSON syntax: expected ':' after a member name</translation>
    </message>
    <message>
        <source>JSON syntax: unterminated array (a missing ',' or ']'?)</source>
        <translation>JSON syntax: unterminated array (a missing ',' or ']'?)</translation>
    </message>
    <message>
        <source>JSON syntax: expected ',' between values</source>
        <translation>JSON syntax: expected ',' between values</translation>
    </message>
    <message>
        <source>JSON syntax: illegal value</source>
        <translation>JSON syntax: illegal value</translation>
    </message>
    <message>
        <source>JSON syntax: the input ends inside a number</source>
        <translation>JSON syntax: the input ends inside a number</translation>
    </message>
    <message>
        <source>JSON syntax: illegal number</source>
        <translation>JSON syntax: illegal number</translation>
    </message>
    <message>
        <source>JSON syntax: illegal escape sequence in a string</source>
        <translation>JSON syntax: illegal escape sequence in a string</translation>
    </message>
    <message>
        <source>JSON syntax: invalid UTF-8 in a string</source>
        <translation>JSON syntax: invalid UTF-8 in a string</translation>
    </message>
    <message>
        <source>JSON syntax: unterminated string</source>
        <translation>JSON syntax: unterminated string</translation>
    </message>
    <message>
        <source>JSON syntax: expected an object member name in double quotes (a trailing comma?)</source>
        <translation>JSON syntax: expected an object member name in double quotes (a trailing comma?)</translation>
    </message>
    <message>
        <source>JSON syntax: nesting too deep</source>
        <translation>JSON syntax: nesting too deep</translation>
    </message>
    <message>
        <source>JSON syntax: document too large</source>
        <translation>JSON syntax: document too large</translation>
    </message>
    <message>
        <source>JSON syntax: unexpected text after the end of the document</source>
        <translation>JSON syntax: unexpected text after the end of the document</translation>
    </message>
    <message>
        <source>JSON syntax error</source>
        <translation>JSON syntax error</translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist</source>
        <translation>cannot open the file: it does not exist</translation>
    </message>
    <message>
        <source>cannot open the file: it is a directory</source>
        <translation>cannot open the file: it is a directory</translation>
    </message>
    <message>
        <source>file too large: %1 bytes (the limit is %2 bytes)</source>
        <translation>file too large: %1 bytes (the limit is %2 bytes)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1)</source>
        <translation>the file is not valid UTF-8 (byte 0x%1)</translation>
    </message>
    <message>
        <source>the file is empty: an ALT file is a JSON object</source>
        <translation>the file is empty: an ALT file is a JSON object</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting deeper than %1 levels</translation>
    </message>
    <message>
        <source>the top level must be a JSON object, not %1</source>
        <translation>the top level must be a JSON object, not %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>a scalar</translation>
    </message>
    <message>
        <source>the top level must be a mapping of the ALT file's fields</source>
        <translation>the top level must be a mapping of the ALT file's fields</translation>
    </message>
</context>
<context>
    <name>altrunner::AltSketch</name>
    <message>
        <source>The graph cannot be drawn: the file cannot be read whole.</source>
        <translation>The graph cannot be drawn: the file cannot be read whole.</translation>
    </message>
    <message>
        <source>The graph cannot be drawn: the file has no list of tasks.</source>
        <translation>The graph cannot be drawn: the file has no list of tasks.</translation>
    </message>
    <message>
        <source>This file cannot run until its problems are fixed; the tasks they concern are marked.</source>
        <translation>This file cannot run until its problems are fixed; the tasks they concern are marked.</translation>
    </message>
    <message>
        <source>The graph cannot be drawn until the file can be read; the problems below say where it cannot.</source>
        <translation>The graph cannot be drawn until the file can be read; the problems below say where it cannot.</translation>
    </message>
</context>
<context>
    <name>altrunner::AnswerJson</name>
    <message>
        <source>the answer is empty, not JSON</source>
        <translation>the answer is empty, not JSON</translation>
    </message>
    <message>
        <source>the answer holds more than one JSON value</source>
        <translation>the answer holds more than one JSON value</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at character %2); it begins: %3</source>
        <translation>the answer is not JSON (%1 at character %2); it begins: %3</translation>
    </message>
</context>
<context>
    <name>altrunner::AnswerPane</name>
    <message>
        <source>Copy Answer</source>
        <translation>Copy Answer</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>Copy Prompt</translation>
    </message>
    <message>
        <source>Copy Both</source>
        <translation>Copy Both</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Read in a Tab</source>
        <translation>Read in a Tab</translation>
    </message>
    <message>
        <source>Show this task in the large Answer tab</source>
        <translation>Show this task in the large Answer tab</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Parsed answer</source>
        <translation>Parsed answer</translation>
    </message>
    <message>
        <source>Parsed answer (output.json, matches the output schema)</source>
        <translation>Parsed answer (output.json, matches the output schema)</translation>
    </message>
</context>
<context>
    <name>altrunner::ApiServer</name>
    <message>
        <source>refusing to listen on %1 without a token: anyone who can reach it could start work on this machine (give --token or ALTRUNNER_API_TOKEN)</source>
        <translation>refusing to listen on %1 without a token: anyone who can reach it could start work on this machine (give --token or ALTRUNNER_API_TOKEN)</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>altrunner::ApprovalBanner</name>
    <message>
        <source>Show Them</source>
        <translation>Show Them</translation>
    </message>
    <message>
        <source>List the tasks that wait for your decision</source>
        <translation>List the tasks that wait for your decision</translation>
    </message>
    <message>
        <source>1 task waits for you: approve, edit or reject it before what depends on it runs.</source>
        <translation>1 task waits for you: approve, edit or reject it before what depends on it runs.</translation>
    </message>
    <message>
        <source>%1 tasks wait for you: approve, edit or reject them before what depends on them runs.</source>
        <translation>%1 tasks wait for you: approve, edit or reject them before what depends on them runs.</translation>
    </message>
</context>
<context>
    <name>altrunner::ApprovalPane</name>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Edit and Approve…</source>
        <translation>Edit and Approve…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Let the answer flow on to the tasks that depend on it</source>
        <translation>Let the answer flow on to the tasks that depend on it</translation>
    </message>
    <message>
        <source>Change the answer, then approve it: later tasks receive your version</source>
        <translation>Change the answer, then approve it: later tasks receive your version</translation>
    </message>
    <message>
        <source>Stop here: the tasks that depend on it are cancelled</source>
        <translation>Stop here: the tasks that depend on it are cancelled</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Waiting for you</translation>
    </message>
    <message>
        <source>Approved by itself at %1 unless you decide first.</source>
        <translation>Approved by itself at %1 unless you decide first.</translation>
    </message>
    <message>
        <source>Rejected by itself at %1 unless you decide first.</source>
        <translation>Rejected by itself at %1 unless you decide first.</translation>
    </message>
    <message>
        <source>Edit and Approve</source>
        <translation>Edit and Approve</translation>
    </message>
    <message>
        <source>The answer of '%1' as the tasks after it will receive it:</source>
        <translation>The answer of '%1' as the tasks after it will receive it:</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Why is '%1' rejected? The tasks that depend on it are cancelled.</source>
        <translation>Why is '%1' rejected? The tasks that depend on it are cancelled.</translation>
    </message>
</context>
<context>
    <name>altrunner::ArchivePublisher</name>
    <message>
        <source>the queue of %1 messages is full: the message for run %2 was dropped</source>
        <translation>the queue of %1 messages is full: the message for run %2 was dropped</translation>
    </message>
    <message>
        <source>cannot reach the NATS server at %1: %2</source>
        <translation>cannot reach the NATS server at %1: %2</translation>
    </message>
    <message>
        <source>publishing to the NATS server at %1 failed: %2</source>
        <translation>publishing to the NATS server at %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::AtomicFile</name>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>cannot create a file in %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk</source>
        <translation>cannot flush %1 to disk</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>cannot rename %1 to %2</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>cannot create the output folder %1</translation>
    </message>
    <message>
        <source>cannot write to the output folder %1: %2</source>
        <translation>cannot write to the output folder %1: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::Budget</name>
    <message>
        <source>budget exhausted: needs up to %1 tokens, %2 left</source>
        <translation>budget exhausted: needs up to %1 tokens, %2 left</translation>
    </message>
    <message>
        <source>budget exhausted: needs up to %1, %2 left</source>
        <translation>budget exhausted: needs up to %1, %2 left</translation>
    </message>
</context>
<context>
    <name>altrunner::BudgetAdmission</name>
    <message>
        <source>the cost budget cannot be kept: %1 model '%2' has no price in the pricing file</source>
        <translation>the cost budget cannot be kept: %1 model '%2' has no price in the pricing file</translation>
    </message>
</context>
<context>
    <name>altrunner::BudgetNotice</name>
    <message>
        <source>Raise the Budget and Continue...</source>
        <translation>Raise the Budget and Continue...</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Raise the Budget</source>
        <translation>Raise the Budget</translation>
    </message>
    <message>
        <source>no token budget</source>
        <translation>no token budget</translation>
    </message>
    <message>
        <source>no cost budget</source>
        <translation>no cost budget</translation>
    </message>
    <message>
        <source>The run continues with what did not complete; the budget is the whole run's, what was spent counts.</source>
        <translation>The run continues with what did not complete; the budget is the whole run's, what was spent counts.</translation>
    </message>
    <message>
        <source>Tokens at most:</source>
        <translation>Tokens at most:</translation>
    </message>
    <message>
        <source>Cost at most:</source>
        <translation>Cost at most:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>the next request needs up to %1 tokens and %2 are left</source>
        <translation>the next request needs up to %1 tokens and %2 are left</translation>
    </message>
    <message>
        <source>the next request may cost up to %1 and %2 is left</source>
        <translation>the next request may cost up to %1 and %2 is left</translation>
    </message>
    <message>
        <source>The budget stopped this run: %1 spent.</source>
        <translation>The budget stopped this run: %1 spent.</translation>
    </message>
    <message>
        <source>It was not enough for what was left: %1.</source>
        <translation>It was not enough for what was left: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) did not complete; what completed is kept.</source>
        <translation>
            <numerusform>%n task(s) did not complete; what completed is kept.</numerusform></translation>
    </message>
</context>
<context>
    <name>altrunner::CacheAdmission</name>
    <message>
        <source>no stored answer for this request in the result cache (the suite replays only what was recorded: run it once with --cache auto to record it)</source>
        <translation>no stored answer for this request in the result cache (the suite replays only what was recorded: run it once with --cache auto to record it)</translation>
    </message>
</context>
<context>
    <name>altrunner::CallMessage</name>
    <message>
        <source>not JSON: %1</source>
        <translation>not JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>the call is %1</source>
        <translation>the call is %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>the call lacks its run, task, attempt, provider or prompt</source>
        <translation>the call lacks its run, task, attempt, provider or prompt</translation>
    </message>
    <message>
        <source>the call's schema cannot be used: %1</source>
        <translation>the call's schema cannot be used: %1</translation>
    </message>
    <message>
        <source>the answer (%1 bytes) is larger than a NATS message may be (%2 bytes)</source>
        <translation>the answer (%1 bytes) is larger than a NATS message may be (%2 bytes)</translation>
    </message>
    <message>
        <source>the result lacks its run, task or attempt</source>
        <translation>the result lacks its run, task or attempt</translation>
    </message>
    <message>
        <source>the worker reported a failure without saying why</source>
        <translation>the worker reported a failure without saying why</translation>
    </message>
</context>
<context>
    <name>altrunner::CheckEvaluator</name>
    <message>
        <source>the answer's JSON equals the expected value</source>
        <translation>the answer's JSON equals the expected value</translation>
    </message>
    <message>
        <source>the answer's JSON is not the expected value</source>
        <translation>the answer's JSON is not the expected value</translation>
    </message>
    <message>
        <source>the answer equals %1</source>
        <translation>the answer equals %1</translation>
    </message>
    <message>
        <source>the answer %1 is not %2</source>
        <translation>the answer %1 is not %2</translation>
    </message>
    <message>
        <source>the answer contains %1</source>
        <translation>the answer contains %1</translation>
    </message>
    <message>
        <source>the answer does not contain %1</source>
        <translation>the answer does not contain %1</translation>
    </message>
    <message>
        <source>the answer contains none of %1</source>
        <translation>the answer contains none of %1</translation>
    </message>
    <message>
        <source>the answer contains all %1</source>
        <translation>the answer contains all %1</translation>
    </message>
    <message>
        <source>the answer starts with %1</source>
        <translation>the answer starts with %1</translation>
    </message>
    <message>
        <source>the answer does not start with %1 (it starts %2)</source>
        <translation>the answer does not start with %1 (it starts %2)</translation>
    </message>
    <message>
        <source>the answer matches /%1/ at %2: %3</source>
        <translation>the answer matches /%1/ at %2: %3</translation>
    </message>
    <message>
        <source>the answer does not match /%1/</source>
        <translation>the answer does not match /%1/</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>the answer is not JSON: %1</translation>
    </message>
    <message>
        <source>the answer is JSON</source>
        <translation>the answer is JSON</translation>
    </message>
    <message>
        <source>the answer matches the schema</source>
        <translation>the answer matches the schema</translation>
    </message>
    <message>
        <source>the answer does not match the schema: %1</source>
        <translation>the answer does not match the schema: %1</translation>
    </message>
    <message>
        <source>the cost is unknown (no price for this model in the pricing file), so it cannot be held to %1</source>
        <translation>the cost is unknown (no price for this model in the pricing file), so it cannot be held to %1</translation>
    </message>
    <message>
        <source>cost %1 is at most %2</source>
        <translation>cost %1 is at most %2</translation>
    </message>
    <message>
        <source>cost %1 is above %2</source>
        <translation>cost %1 is above %2</translation>
    </message>
    <message>
        <source>latency %1 ms is at most %2 ms</source>
        <translation>latency %1 ms is at most %2 ms</translation>
    </message>
    <message>
        <source>latency %1 ms is above %2 ms</source>
        <translation>latency %1 ms is above %2 ms</translation>
    </message>
    <message>
        <source>%1 tokens is at most %2</source>
        <translation>%1 tokens is at most %2</translation>
    </message>
    <message>
        <source>%1 tokens is above %2</source>
        <translation>%1 tokens is above %2</translation>
    </message>
</context>
<context>
    <name>altrunner::CheckParser</name>
    <message>
        <source>'checks_threshold' must be a number from 0 to 1 (the weighted share of checks that must pass), not %1</source>
        <translation>'checks_threshold' must be a number from 0 to 1 (the weighted share of checks that must pass), not %1</translation>
    </message>
    <message>
        <source>'retry_on_check_failure' must be true or false, not %1</source>
        <translation>'retry_on_check_failure' must be true or false, not %1</translation>
    </message>
    <message>
        <source>'assert' must be a list of checks ({"type": ..., "value": ...}), not %1</source>
        <translation>'assert' must be a list of checks ({"type": ..., "value": ...}), not %1</translation>
    </message>
    <message>
        <source>a check must be an object with a 'type', not %1</source>
        <translation>a check must be an object with a 'type', not %1</translation>
    </message>
    <message>
        <source>unknown field '%1' in a check (ignored; known: type, value, threshold, weight, severity)</source>
        <translation>unknown field '%1' in a check (ignored; known: type, value, threshold, weight, severity)</translation>
    </message>
    <message>
        <source>a check needs a 'type' (one of %1), not %2</source>
        <translation>a check needs a 'type' (one of %1), not %2</translation>
    </message>
    <message>
        <source>unknown check type %1 (known: %2, each also with 'not-')</source>
        <translation>unknown check type %1 (known: %2, each also with 'not-')</translation>
    </message>
    <message>
        <source>'%1' must be a number of at least 0, not %2</source>
        <translation>'%1' must be a number of at least 0, not %2</translation>
    </message>
    <message>
        <source>'severity' must be "warn" or "error", not %1</source>
        <translation>'severity' must be "warn" or "error", not %1</translation>
    </message>
    <message>
        <source>'%1' needs a 'value' with the text to look for, not %2</source>
        <translation>'%1' needs a 'value' with the text to look for, not %2</translation>
    </message>
    <message>
        <source>'equals' needs a 'value': the text (or JSON) the answer must be</source>
        <translation>'equals' needs a 'value': the text (or JSON) the answer must be</translation>
    </message>
    <message>
        <source>'%1' looks for strings, not %2</source>
        <translation>'%1' looks for strings, not %2</translation>
    </message>
    <message>
        <source>'%1' needs a 'value' with the strings to look for (a list, or text separated by commas), not %2</source>
        <translation>'%1' needs a 'value' with the strings to look for (a list, or text separated by commas), not %2</translation>
    </message>
    <message>
        <source>'regex' needs a 'value' with the pattern, not %1</source>
        <translation>'regex' needs a 'value' with the pattern, not %1</translation>
    </message>
    <message>
        <source>the pattern %1 does not compile: %2 at offset %3</source>
        <translation>the pattern %1 does not compile: %2 at offset %3</translation>
    </message>
    <message>
        <source>'json-schema' needs a 'value': a JSON Schema, or the name of one in 'schemas'</source>
        <translation>'json-schema' needs a 'value': a JSON Schema, or the name of one in 'schemas'</translation>
    </message>
    <message>
        <source>'%1' takes a JSON Schema or the name of one in 'schemas', not %2</source>
        <translation>'%1' takes a JSON Schema or the name of one in 'schemas', not %2</translation>
    </message>
    <message>
        <source>'javascript' needs a 'value' with the code (an expression over output, json and context), not %1</source>
        <translation>'javascript' needs a 'value' with the code (an expression over output, json and context), not %1</translation>
    </message>
    <message>
        <source>the JavaScript does not compile: %1</source>
        <translation>the JavaScript does not compile: %1</translation>
    </message>
    <message>
        <source>'%1' needs a 'threshold': the most it may be (%2)</source>
        <translation>'%1' needs a 'threshold': the most it may be (%2)</translation>
    </message>
    <message>
        <source>in the pricing file's currency</source>
        <translation>in the pricing file's currency</translation>
    </message>
    <message>
        <source>in milliseconds</source>
        <translation>in milliseconds</translation>
    </message>
    <message>
        <source>in tokens</source>
        <translation>in tokens</translation>
    </message>
    <message>
        <source>'llm-rubric' needs a 'value' with the rubric the grader applies, not %1</source>
        <translation>'llm-rubric' needs a 'value' with the rubric the grader applies, not %1</translation>
    </message>
</context>
<context>
    <name>altrunner::CheckScore</name>
    <message>
        <source>checks failed: %1</source>
        <translation>checks failed: %1</translation>
    </message>
    <message>
        <source>checks failed: %1 of the weight passed, %2 needed; first: %3</source>
        <translation>checks failed: %1 of the weight passed, %2 needed; first: %3</translation>
    </message>
</context>
<context>
    <name>altrunner::CompareDialog</name>
    <message>
        <source>Only tasks that differ</source>
        <translation>Only tasks that differ</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Compare Runs</translation>
    </message>
    <message>
        <source>%1: run %2 of %3, started %4, %5</source>
        <translation>%1: run %2 of %3, started %4, %5</translation>
    </message>
    <message>
        <source>%1 of %2 tasks differ: %3 added, %4 removed, %5 status changed, %6 answer changed.</source>
        <translation>%1 of %2 tasks differ: %3 added, %4 removed, %5 status changed, %6 answer changed.</translation>
    </message>
    <message>
        <source>Choose a task to see how its answer changed.</source>
        <translation>Choose a task to see how its answer changed.</translation>
    </message>
    <message>
        <source>Export Report...</source>
        <translation>Export Report...</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Export Comparison</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>altrunner::ConfigLoader</name>
    <message>
        <source>%1: expected a whole number from %2 to %3, got '%4'</source>
        <translation>%1: expected a whole number from %2 to %3, got '%4'</translation>
    </message>
    <message>
        <source>%1: expected a number of seconds above 0 and at most 86400, got '%2'</source>
        <translation>%1: expected a number of seconds above 0 and at most 86400, got '%2'</translation>
    </message>
    <message>
        <source>%1: expected true or false, got '%2'</source>
        <translation>%1: expected true or false, got '%2'</translation>
    </message>
    <message>
        <source>%1: expected an http:// or https:// URL, got '%2'</source>
        <translation>%1: expected an http:// or https:// URL, got '%2'</translation>
    </message>
    <message>
        <source>%1: expected mock, orchestrator or openai, got '%2'</source>
        <translation>%1: expected mock, orchestrator or openai, got '%2'</translation>
    </message>
    <message>
        <source>AI_PROVIDER is %1, which needs AI_SERVICE_URL (or --ai-url): the address of the AI service</source>
        <translation>AI_PROVIDER is %1, which needs AI_SERVICE_URL (or --ai-url): the address of the AI service</translation>
    </message>
    <message>
        <source>OUTPUT_DIR: expected a folder, got an empty value</source>
        <translation>OUTPUT_DIR: expected a folder, got an empty value</translation>
    </message>
    <message>
        <source>AI_MODEL: expected a model name, got an empty value</source>
        <translation>AI_MODEL: expected a model name, got an empty value</translation>
    </message>
    <message>
        <source>NATS_URL: expected nats://HOST:PORT, got '%1'</source>
        <translation>NATS_URL: expected nats://HOST:PORT, got '%1'</translation>
    </message>
    <message>
        <source>NATS_SUBJECT: expected a subject such as last.files, got '%1'</source>
        <translation>NATS_SUBJECT: expected a subject such as last.files, got '%1'</translation>
    </message>
    <message>
        <source>%1: expected an amount of 0 or more, such as 2.50, got '%2'</source>
        <translation>%1: expected an amount of 0 or more, such as 2.50, got '%2'</translation>
    </message>
    <message>
        <source>%1: expected auto, off, refresh or always, got '%2'</source>
        <translation>%1: expected auto, off, refresh or always, got '%2'</translation>
    </message>
    <message>
        <source>AI_PROXY: expected a proxy URL such as http://proxy:3128, or none, got '%1'</source>
        <translation>AI_PROXY: expected a proxy URL such as http://proxy:3128, or none, got '%1'</translation>
    </message>
    <message>
        <source>AI_SCHEMA_MODE: expected auto or prompt, got '%1'</source>
        <translation>AI_SCHEMA_MODE: expected auto or prompt, got '%1'</translation>
    </message>
    <message>
        <source>%1: expected nats://HOST:PORT, got '%2'</source>
        <translation>%1: expected nats://HOST:PORT, got '%2'</translation>
    </message>
</context>
<context>
    <name>altrunner::ConnectionCheck</name>
    <message>
        <source>The simulated provider needs no service: its answers are made up offline and marked as simulated.</source>
        <translation>The simulated provider needs no service: its answers are made up offline and marked as simulated.</translation>
    </message>
    <message>
        <source>The AI service at %1 does not answer: %2</source>
        <translation>The AI service at %1 does not answer: %2</translation>
    </message>
    <message>
        <source>The AI service at %1 answers: healthy.</source>
        <translation>The AI service at %1 answers: healthy.</translation>
    </message>
    <message>
        <source>Something answers at %1, but its health check says HTTP %2.</source>
        <translation>Something answers at %1, but its health check says HTTP %2.</translation>
    </message>
    <message>
        <source>The AI service at %1 answers.</source>
        <translation>The AI service at %1 answers.</translation>
    </message>
    <message>
        <source>Models: %1.</source>
        <translation>Models: %1.</translation>
    </message>
    <message>
        <source>The configured model '%1' is not among them.</source>
        <translation>The configured model '%1' is not among them.</translation>
    </message>
    <message>
        <source>Something answers at %1, but its model list says HTTP %2: %3</source>
        <translation>Something answers at %1, but its model list says HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>altrunner::DagView</name>
    <message>
        <source>Open an ALT file to see its tasks here: Ctrl+O, or drop one on the window.</source>
        <translation>Open an ALT file to see its tasks here: Ctrl+O, or drop one on the window.</translation>
    </message>
    <message>
        <source>carried over from an earlier run</source>
        <translation>carried over from an earlier run</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Next run: %1</translation>
    </message>
    <message>
        <source>models: %1</source>
        <translation>models: %1</translation>
    </message>
</context>
<context>
    <name>altrunner::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Line:Col</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Pointer</translation>
    </message>
</context>
<context>
    <name>altrunner::EventStream</name>
    <message>
        <source>the client did not read the events as fast as they came; reconnect with Last-Event-ID to resume</source>
        <translation>the client did not read the events as fast as they came; reconnect with Last-Event-ID to resume</translation>
    </message>
</context>
<context>
    <name>altrunner::EventsController</name>
    <message>
        <source>no events are held for run '%1' (only for runs this server started, the last %2 of them)</source>
        <translation>no events are held for run '%1' (only for runs this server started, the last %2 of them)</translation>
    </message>
    <message>
        <source>no run with id '%1'</source>
        <translation>no run with id '%1'</translation>
    </message>
    <message>
        <source>Last-Event-ID must be the id of an event this server sent, a whole number</source>
        <translation>Last-Event-ID must be the id of an event this server sent, a whole number</translation>
    </message>
    <message>
        <source>too many event streams at once (the limit is %1)</source>
        <translation>too many event streams at once (the limit is %1)</translation>
    </message>
</context>
<context>
    <name>altrunner::FileLoader</name>
    <message>
        <source>(%1 MB: too large to show here; the problems list gives lines and columns in the file itself)</source>
        <translation>(%1 MB: too large to show here; the problems list gives lines and columns in the file itself)</translation>
    </message>
    <message>
        <source>Open ALT File</source>
        <translation>Open ALT File</translation>
    </message>
    <message>
        <source>ALT files (*.alt *.json *.alt.yaml *.alt.yml);;ALT_LAS segmentation files (*.alt.yaml *.alt.yml *.yaml *.yml);;All files (*)</source>
        <translation>ALT files (*.alt *.json *.alt.yaml *.alt.yml);;ALT_LAS segmentation files (*.alt.yaml *.alt.yml *.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>Open LAST File</source>
        <translation>Open LAST File</translation>
    </message>
    <message>
        <source>LAST files (last_*.json);;JSON files (*.json);;All files (*)</source>
        <translation>LAST files (last_*.json);;JSON files (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>altrunner::HtmlReport</name>
    <message>
        <source>No task started.</source>
        <translation>No task started.</translation>
    </message>
    <message>
        <source>Filter by id, answer or error</source>
        <translation>Filter by id, answer or error</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>checks failed</source>
        <translation>checks failed</translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation>checks passed</translation>
    </message>
    <message>
        <source>Outcome: %1. %2 of %3 tasks completed, %4 failed, %5 timed out, %6 cancelled.</source>
        <translation>Outcome: %1. %2 of %3 tasks completed, %4 failed, %5 timed out, %6 cancelled.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>ALT file</source>
        <translation>ALT file</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 in, %2 out</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>unknown (no prices)</source>
        <translation>unknown (no prices)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 warned</source>
        <translation>%1 passed, %2 failed, %3 warned</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>%1 tasks: too many to draw here; the table lists every one.</source>
        <translation>%1 tasks: too many to draw here; the table lists every one.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>%1 tasks: too many to draw here.</source>
        <translation>%1 tasks: too many to draw here.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer and checks</source>
        <translation>Answer and checks</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>No answer.</translation>
    </message>
    <message>
        <source>Written by ALT Runner from the LAST file of run %1. This page loads nothing from the network.</source>
        <translation>Written by ALT Runner from the LAST file of run %1. This page loads nothing from the network.</translation>
    </message>
    <message>
        <source>ALT Runner report: %1</source>
        <translation>ALT Runner report: %1</translation>
    </message>
    <message>
        <source>Comparing two runs</source>
        <translation>Comparing two runs</translation>
    </message>
    <message>
        <source>%1 of %2 tasks differ: %3 added, %4 removed, %5 status changed, %6 answer changed.</source>
        <translation>%1 of %2 tasks differ: %3 added, %4 removed, %5 status changed, %6 answer changed.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>run %1 of %2 (%3), %4; %5 tokens; cost %6</source>
        <translation>run %1 of %2 (%3), %4; %5 tokens; cost %6</translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation>Tasks of %1</translation>
    </message>
    <message>
        <source>Filter by id or answer</source>
        <translation>Filter by id or answer</translation>
    </message>
    <message>
        <source>Only tasks that differ</source>
        <translation>Only tasks that differ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Status A → B</source>
        <translation>Status A → B</translation>
    </message>
    <message>
        <source>The answer's changes</source>
        <translation>The answer's changes</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>The answer</translation>
    </message>
    <message>
        <source>Written by ALT Runner. This page loads nothing from the network.</source>
        <translation>Written by ALT Runner. This page loads nothing from the network.</translation>
    </message>
    <message>
        <source>ALT Runner: comparing two runs</source>
        <translation>ALT Runner: comparing two runs</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>partly succeeded</source>
        <translation>partly succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>altrunner::HttpConnection</name>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>too many connections (the limit is %1); try again</source>
        <translation>too many connections (the limit is %1); try again</translation>
    </message>
    <message>
        <source>no complete request within %1 s</source>
        <translation>no complete request within %1 s</translation>
    </message>
</context>
<context>
    <name>altrunner::HttpProvider</name>
    <message>
        <source>the AI service at %1 answered %2 with a body that is not the expected JSON: %3</source>
        <translation>the AI service at %1 answered %2 with a body that is not the expected JSON: %3</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(empty body)</translation>
    </message>
    <message>
        <source>cannot connect to the AI service at %1: connection refused</source>
        <translation>cannot connect to the AI service at %1: connection refused</translation>
    </message>
    <message>
        <source>the AI service at %1 closed the connection before answering</source>
        <translation>the AI service at %1 closed the connection before answering</translation>
    </message>
    <message>
        <source>cannot connect to the AI service at %1: host not found</source>
        <translation>cannot connect to the AI service at %1: host not found</translation>
    </message>
    <message>
        <source>the AI service at %1 did not answer in time</source>
        <translation>the AI service at %1 did not answer in time</translation>
    </message>
    <message>
        <source>cannot talk to the AI service at %1: %2</source>
        <translation>cannot talk to the AI service at %1: %2</translation>
    </message>
    <message>
        <source>network error talking to the AI service at %1: %2</source>
        <translation>network error talking to the AI service at %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from the AI service at %2: %3</source>
        <translation>HTTP %1 from the AI service at %2: %3</translation>
    </message>
    <message>
        <source>HTTP %1 from the AI service at %2: a redirect to %3, which is not followed</source>
        <translation>HTTP %1 from the AI service at %2: a redirect to %3, which is not followed</translation>
    </message>
    <message>
        <source>the AI service at %1 broke off its answer: %2</source>
        <translation>the AI service at %1 broke off its answer: %2</translation>
    </message>
    <message>
        <source>the AI service at %1 sent nothing for %2 s in the middle of its answer (AI_STREAM_IDLE_SECONDS)</source>
        <translation>the AI service at %1 sent nothing for %2 s in the middle of its answer (AI_STREAM_IDLE_SECONDS)</translation>
    </message>
    <message>
        <source>the AI service at %1 ended its answer's stream before [DONE] (after %2 characters)</source>
        <translation>the AI service at %1 ended its answer's stream before [DONE] (after %2 characters)</translation>
    </message>
    <message>
        <source>the AI service at %1 closed the connection in the middle of its answer</source>
        <translation>the AI service at %1 closed the connection in the middle of its answer</translation>
    </message>
    <message>
        <source>the AI service at %1 sent an answer that is not HTTP/1.x: %2</source>
        <translation>the AI service at %1 sent an answer that is not HTTP/1.x: %2</translation>
    </message>
    <message>
        <source>cannot talk to the AI service at %1 over https: %2 (AI_CA_FILE names certificate authorities to trust)</source>
        <translation>cannot talk to the AI service at %1 over https: %2 (AI_CA_FILE names certificate authorities to trust)</translation>
    </message>
    <message>
        <source>cannot reach the AI service at %1 through its proxy: %2 (AI_PROXY=none goes direct)</source>
        <translation>cannot reach the AI service at %1 through its proxy: %2 (AI_PROXY=none goes direct)</translation>
    </message>
    <message>
        <source>the proxy %1: %2</source>
        <translation>the proxy %1: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::HttpRequest</name>
    <message>
        <source>malformed request line</source>
        <translation>malformed request line</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>folded header lines are not accepted</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>malformed header line</translation>
    </message>
    <message>
        <source>whitespace before a header's colon</source>
        <translation>whitespace before a header's colon</translation>
    </message>
    <message>
        <source>malformed header name</source>
        <translation>malformed header name</translation>
    </message>
</context>
<context>
    <name>altrunner::HttpServer</name>
    <message>
        <source>too many connections (the limit is %1); try again</source>
        <translation>too many connections (the limit is %1); try again</translation>
    </message>
</context>
<context>
    <name>altrunner::JavaScriptCheck</name>
    <message>
        <source>the expression is true</source>
        <translation>the expression is true</translation>
    </message>
    <message>
        <source>the expression is false</source>
        <translation>the expression is false</translation>
    </message>
    <message>
        <source>score %1, %2 needed</source>
        <translation>score %1, %2 needed</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>the check says it passes</source>
        <translation>the check says it passes</translation>
    </message>
    <message>
        <source>the check says it fails</source>
        <translation>the check says it fails</translation>
    </message>
    <message>
        <source>the check returned %1, not true/false, a score or {pass, score, reason}</source>
        <translation>the check returned %1, not true/false, a score or {pass, score, reason}</translation>
    </message>
    <message>
        <source>the check ran past %1 s and was stopped</source>
        <translation>the check ran past %1 s and was stopped</translation>
    </message>
    <message>
        <source>the check threw: %1</source>
        <translation>the check threw: %1</translation>
    </message>
</context>
<context>
    <name>altrunner::Journal</name>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>cannot write the journal %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the journal: %2</source>
        <translation>%1: cannot open the journal: %2</translation>
    </message>
    <message>
        <source>%1:%2: not a journal line: %3</source>
        <translation>%1:%2: not a journal line: %3</translation>
    </message>
    <message>
        <source>%1: not an ALT Runner journal</source>
        <translation>%1: not an ALT Runner journal</translation>
    </message>
    <message>
        <source>%1: the journal is empty</source>
        <translation>%1: the journal is empty</translation>
    </message>
    <message>
        <source>%1: the journal's ALT file is not valid: %2</source>
        <translation>%1: the journal's ALT file is not valid: %2</translation>
    </message>
    <message>
        <source>%1: not an ALT Runner journal (its first line is not JSON: %2)</source>
        <translation>%1: not an ALT Runner journal (its first line is not JSON: %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::JsonFileEditor</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>altrunner::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member(s)</numerusform></translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>altrunner::LastReader</name>
    <message>
        <source>%1: cannot open the LAST file: %2</source>
        <translation>%1: cannot open the LAST file: %2</translation>
    </message>
    <message>
        <source>%1: not a LAST file: %2 at byte %3</source>
        <translation>%1: not a LAST file: %2 at byte %3</translation>
    </message>
    <message>
        <source>%1: not a LAST file (no execution_id or task_results)</source>
        <translation>%1: not a LAST file (no execution_id or task_results)</translation>
    </message>
    <message>
        <source>%1: this LAST file records ALT file '%2', not '%3'</source>
        <translation>%1: this LAST file records ALT file '%2', not '%3'</translation>
    </message>
</context>
<context>
    <name>altrunner::LastWriter</name>
    <message>
        <source>%1 tasks: %2 completed, %3 failed, %4 timed out, %5 cancelled; success rate %6%; %7 s</source>
        <translation>%1 tasks: %2 completed, %3 failed, %4 timed out, %5 cancelled; success rate %6%; %7 s</translation>
    </message>
    <message>
        <source>%1 task: %2 completed, %3 failed, %4 timed out, %5 cancelled; success rate %6%; %7 s</source>
        <translation>%1 task: %2 completed, %3 failed, %4 timed out, %5 cancelled; success rate %6%; %7 s</translation>
    </message>
</context>
<context>
    <name>altrunner::MainWindow</name>
    <message>
        <source>ALT Runner</source>
        <translation>ALT Runner</translation>
    </message>
    <message>
        <source>Open an ALT file to begin: Ctrl+O, the recent files, or drop one here.</source>
        <translation>Open an ALT file to begin: Ctrl+O, the recent files, or drop one here.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Opening %1...</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s), ready to run (Ctrl+R).</source>
        <translation>
            <numerusform>%1: %n task(s), ready to run (Ctrl+R).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the file cannot run until they are fixed. Click one to see it in the source.</source>
        <translation>
            <numerusform>%n error(s): the file cannot run until they are fixed. Click one to see it in the source.</numerusform></translation>
    </message>
    <message>
        <source>Cannot open the LAST file</source>
        <translation>Cannot open the LAST file</translation>
    </message>
    <message>
        <source>Resuming run %1...</source>
        <translation>Resuming run %1...</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>(resumed from its journal)</source>
        <translation>(resumed from its journal)</translation>
    </message>
    <message>
        <source>The run going on is in the Runs list.</source>
        <translation>The run going on is in the Runs list.</translation>
    </message>
    <message>
        <source>Showing run %1 of “%2”, going on.</source>
        <translation>Showing run %1 of “%2”, going on.</translation>
    </message>
    <message>
        <source>Past run of “%1”, %2: %3.</source>
        <translation>Past run of “%1”, %2: %3.</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>unknown outcome</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Compare With</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <source>A task waits for you</source>
        <translation>A task waits for you</translation>
    </message>
    <message>
        <source>Run %1 goes on: its gates wait for your decision.</source>
        <translation>Run %1 goes on: its gates wait for your decision.</translation>
    </message>
</context>
<context>
    <name>altrunner::MetricsPanel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <source>In flight (peak)</source>
        <translation>In flight (peak)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>AI latency p50 / p95 / p99</source>
        <translation>AI latency p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Peak memory</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 tasks/s</source>
        <translation>%1 tasks/s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>%1 (in %2, out %3)</source>
        <translation>%1 (in %2, out %3)</translation>
    </message>
    <message>
        <source>unknown (no price for the model; see Settings)</source>
        <translation>unknown (no price for the model; see Settings)</translation>
    </message>
    <message numerus="yes">
        <source> + %n answer(s) without a price</source>
        <translation>
            <numerusform> + %n answer(s) without a price</numerusform></translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 of %2 tokens</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) rate-limited (429), waited %1</source>
        <translation>
            <numerusform>%n answer(s) rate-limited (429), waited %1</numerusform></translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>From the cache</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), %1 tokens and %2 saved</source>
        <translation>
            <numerusform>%n answer(s), %1 tokens and %2 saved</numerusform></translation>
    </message>
    <message>
        <source>First token p50 / p95</source>
        <translation>First token p50 / p95</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens per second</translation>
    </message>
    <message>
        <source>%1 (slowest 5%: %2 or less)</source>
        <translation>%1 (slowest 5%: %2 or less)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>%1 of %2, of which %3 completed (%4%)</source>
        <translation>%1 of %2, of which %3 completed (%4%)</translation>
    </message>
    <message>
        <source>%1 spent; stopped</source>
        <translation>%1 spent; stopped</translation>
    </message>
    <message>
        <source>%1 spent; stopped: a request needs up to %2 tokens</source>
        <translation>%1 spent; stopped: a request needs up to %2 tokens</translation>
    </message>
    <message>
        <source>%1 spent; stopped: a request may cost up to %2</source>
        <translation>%1 spent; stopped: a request may cost up to %2</translation>
    </message>
    <message>
        <source>Waits for slots</source>
        <translation>Waits for slots</translation>
    </message>
    <message>
        <source>waited %1 for rate or budget slots</source>
        <translation>waited %1 for rate or budget slots</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Waiting for you</translation>
    </message>
</context>
<context>
    <name>altrunner::Minimap</name>
    <message>
        <source>The whole graph: click or drag to move there</source>
        <translation>The whole graph: click or drag to move there</translation>
    </message>
</context>
<context>
    <name>altrunner::ModelCatalog</name>
    <message>
        <source>the models file names %1 for a key, but it is not set</source>
        <translation>the models file names %1 for a key, but it is not set</translation>
    </message>
    <message>
        <source>cannot read the models file %1: %2</source>
        <translation>cannot read the models file %1: %2</translation>
    </message>
    <message>
        <source>models file %1: %2</source>
        <translation>models file %1: %2</translation>
    </message>
    <message>
        <source>line %1:%2: not valid JSON: %3</source>
        <translation>line %1:%2: not valid JSON: %3</translation>
    </message>
    <message>
        <source>the top level must be an object with 'models'</source>
        <translation>the top level must be an object with 'models'</translation>
    </message>
    <message>
        <source>/%1: unknown field (a models file has 'models' and 'fallbacks')</source>
        <translation>/%1: unknown field (a models file has 'models' and 'fallbacks')</translation>
    </message>
    <message>
        <source>/models: must be an object with at least one alias</source>
        <translation>/models: must be an object with at least one alias</translation>
    </message>
    <message>
        <source>%1: an alias must be a name without surrounding spaces</source>
        <translation>%1: an alias must be a name without surrounding spaces</translation>
    </message>
    <message>
        <source>%1: must be an object (provider, url, model, api_key_env)</source>
        <translation>%1: must be an object (provider, url, model, api_key_env)</translation>
    </message>
    <message>
        <source>%1/%2: unknown field (expected provider, url, model, api_key_env)</source>
        <translation>%1/%2: unknown field (expected provider, url, model, api_key_env)</translation>
    </message>
    <message>
        <source>%1/provider: must be openai, orchestrator or mock</source>
        <translation>%1/provider: must be openai, orchestrator or mock</translation>
    </message>
    <message>
        <source>%1/url: must be an http or https URL</source>
        <translation>%1/url: must be an http or https URL</translation>
    </message>
    <message>
        <source>%1/url: must not hold a user or password (name the key's variable in api_key_env)</source>
        <translation>%1/url: must not hold a user or password (name the key's variable in api_key_env)</translation>
    </message>
    <message>
        <source>%1/url: must be a string</source>
        <translation>%1/url: must be a string</translation>
    </message>
    <message>
        <source>%1/model: must be the model's name at that service</source>
        <translation>%1/model: must be the model's name at that service</translation>
    </message>
    <message>
        <source>%1/api_key_env: must be the name of an environment variable (the key itself is never written in this file)</source>
        <translation>%1/api_key_env: must be the name of an environment variable (the key itself is never written in this file)</translation>
    </message>
    <message>
        <source>/fallbacks: must be an object: alias -&gt; [aliases to ask next]</source>
        <translation>/fallbacks: must be an object: alias -&gt; [aliases to ask next]</translation>
    </message>
    <message>
        <source>%1: '%2' is not an alias of 'models'</source>
        <translation>%1: '%2' is not an alias of 'models'</translation>
    </message>
    <message>
        <source>%1: must be an array of aliases</source>
        <translation>%1: must be an array of aliases</translation>
    </message>
    <message>
        <source>%1/%2: %3 is not an alias of 'models'</source>
        <translation>%1/%2: %3 is not an alias of 'models'</translation>
    </message>
    <message>
        <source>%1/%2: an alias cannot fall back to itself</source>
        <translation>%1/%2: an alias cannot fall back to itself</translation>
    </message>
    <message>
        <source>%1/%2: '%3' is listed twice</source>
        <translation>%1/%2: '%3' is listed twice</translation>
    </message>
    <message>
        <source>models must name a models file by a plain name (letters, digits, '_', '.', '-'), not '%1'</source>
        <translation>models must name a models file by a plain name (letters, digits, '_', '.', '-'), not '%1'</translation>
    </message>
    <message>
        <source>no models file '%1' in %2</source>
        <translation>no models file '%1' in %2</translation>
    </message>
    <message>
        <source>models file '%1' leads outside %2</source>
        <translation>models file '%1' leads outside %2</translation>
    </message>
    <message>
        <source>model '%1' is not defined in the models file (it defines: %2)</source>
        <translation>model '%1' is not defined in the models file (it defines: %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::ModelsEditor</name>
    <message>
        <source>Models — %1</source>
        <translation>Models — %1</translation>
    </message>
    <message>
        <source>Model aliases a task names in parameters.model (or the file's model): each with its provider, base URL, model and the environment variable that holds its key (never the key itself). "fallbacks" lists, per alias, the aliases asked when it fails.</source>
        <translation>Model aliases a task names in parameters.model (or the file's model): each with its provider, base URL, model and the environment variable that holds its key (never the key itself). "fallbacks" lists, per alias, the aliases asked when it fails.</translation>
    </message>
</context>
<context>
    <name>altrunner::NatsLink</name>
    <message>
        <source>cannot reach the NATS server at %1: %2</source>
        <translation>cannot reach the NATS server at %1: %2</translation>
    </message>
    <message>
        <source>the NATS server at %1 offers no JetStream: %2</source>
        <translation>the NATS server at %1 offers no JetStream: %2</translation>
    </message>
    <message>
        <source>JetStream at %1 does not answer: %2</source>
        <translation>JetStream at %1 does not answer: %2</translation>
    </message>
    <message>
        <source>cannot create the JetStream stream %1 at %2: %3</source>
        <translation>cannot create the JetStream stream %1 at %2: %3</translation>
    </message>
    <message>
        <source>cannot set up the JetStream consumer %1 at %2: %3</source>
        <translation>cannot set up the JetStream consumer %1 at %2: %3</translation>
    </message>
    <message>
        <source>publishing to JetStream at %1 failed: %2</source>
        <translation>publishing to JetStream at %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::NetworkExchange</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>the answer is larger than %1 MiB</translation>
    </message>
    <message>
        <source>the proxy %1 wants credentials (407 Proxy Authentication Required); give them in the proxy's URL</source>
        <translation>the proxy %1 wants credentials (407 Proxy Authentication Required); give them in the proxy's URL</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>the certificate of %1 is not trusted: %2</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS with %1 failed: %2</translation>
    </message>
    <message>
        <source>the proxy %1 wants credentials (407 Proxy Authentication Required)</source>
        <translation>the proxy %1 wants credentials (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <source>the proxy %1: %2</source>
        <translation>the proxy %1: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::NetworkPool</name>
    <message>
        <source>AI_CA_FILE: cannot read %1: %2</source>
        <translation>AI_CA_FILE: cannot read %1: %2</translation>
    </message>
    <message>
        <source>AI_CA_FILE: %1 holds no PEM certificate</source>
        <translation>AI_CA_FILE: %1 holds no PEM certificate</translation>
    </message>
</context>
<context>
    <name>altrunner::OpenAiProvider</name>
    <message>
        <source>the model refused to answer: %1</source>
        <translation>the model refused to answer: %1</translation>
    </message>
    <message>
        <source>the service's content filter stopped the answer</source>
        <translation>the service's content filter stopped the answer</translation>
    </message>
</context>
<context>
    <name>altrunner::OutcomeBanner</name>
    <message>
        <source>Show Failures</source>
        <translation>Show Failures</translation>
    </message>
    <message>
        <source>List only the tasks that failed, timed out or were cancelled</source>
        <translation>List only the tasks that failed, timed out or were cancelled</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>altrunner::OutputSchema</name>
    <message>
        <source>remote references are not fetched: '$ref' must point into this schema ("#" or "#/definitions/...")</source>
        <translation>remote references are not fetched: '$ref' must point into this schema ("#" or "#/definitions/...")</translation>
    </message>
    <message>
        <source>this '$ref' leads back to where it started without going into the value (a schema that refers to itself must do so inside properties or items)</source>
        <translation>this '$ref' leads back to where it started without going into the value (a schema that refers to itself must do so inside properties or items)</translation>
    </message>
    <message>
        <source>'%1' is not a regular expression this checker can use (ECMAScript)</source>
        <translation>'%1' is not a regular expression this checker can use (ECMAScript)</translation>
    </message>
    <message>
        <source>not a usable JSON Schema (draft 7): %1</source>
        <translation>not a usable JSON Schema (draft 7): %1</translation>
    </message>
    <message>
        <source>a string of %1 characters is longer than a pattern can be checked against (at most %2)</source>
        <translation>a string of %1 characters is longer than a pattern can be checked against (at most %2)</translation>
    </message>
    <message>
        <source>the answer could not be checked: %1</source>
        <translation>the answer could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform></translation>
    </message>
    <message>
        <source>the schema declares no '%1'</source>
        <translation>the schema declares no '%1'</translation>
    </message>
    <message>
        <source>the schema declares no '%1' in '%2'</source>
        <translation>the schema declares no '%1' in '%2'</translation>
    </message>
</context>
<context>
    <name>altrunner::PastRunsDialog</name>
    <message>
        <source>Open LAST File</source>
        <translation>Open LAST File</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Runs in %1:</source>
        <translation>Runs in %1:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
</context>
<context>
    <name>altrunner::Pricing</name>
    <message>
        <source>models[%1].%2: expected a number of 0 or more, got %3</source>
        <translation>models[%1].%2: expected a number of 0 or more, got %3</translation>
    </message>
    <message>
        <source>cannot read the pricing file %1: %2</source>
        <translation>cannot read the pricing file %1: %2</translation>
    </message>
    <message>
        <source>pricing file %1: %2</source>
        <translation>pricing file %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>not JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object with "currency" and "models"</source>
        <translation>expected a JSON object with "currency" and "models"</translation>
    </message>
    <message>
        <source>currency: expected a currency name such as "USD"</source>
        <translation>currency: expected a currency name such as "USD"</translation>
    </message>
    <message>
        <source>models: expected a list of prices</source>
        <translation>models: expected a list of prices</translation>
    </message>
    <message>
        <source>models[%1]: expected an object</source>
        <translation>models[%1]: expected an object</translation>
    </message>
    <message>
        <source>models[%1].%2: expected a name</source>
        <translation>models[%1].%2: expected a name</translation>
    </message>
</context>
<context>
    <name>altrunner::PricingEditor</name>
    <message>
        <source>Prices — %1</source>
        <translation>Prices — %1</translation>
    </message>
    <message>
        <source>What a million input and output tokens cost, per provider (mock, orchestrator, openai) and model; "*" is any model of the provider. A model with no entry has no known cost.</source>
        <translation>What a million input and output tokens cost, per provider (mock, orchestrator, openai) and model; "*" is any model of the provider. A model with no entry has no known cost.</translation>
    </message>
</context>
<context>
    <name>altrunner::Provider</name>
    <message>
        <source>the '%1' AI provider needs AI_SERVICE_URL</source>
        <translation>the '%1' AI provider needs AI_SERVICE_URL</translation>
    </message>
</context>
<context>
    <name>altrunner::RequestGuard</name>
    <message>
        <source>request head larger than %1 bytes</source>
        <translation>request head larger than %1 bytes</translation>
    </message>
    <message>
        <source>this is not an HTTP request</source>
        <translation>this is not an HTTP request</translation>
    </message>
    <message>
        <source>more than one Host header</source>
        <translation>more than one Host header</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>invalid Content-Length</translation>
    </message>
    <message>
        <source>unsupported Expect header</source>
        <translation>unsupported Expect header</translation>
    </message>
    <message>
        <source>send the body with a Content-Length, not Transfer-Encoding: %1</source>
        <translation>send the body with a Content-Length, not Transfer-Encoding: %1</translation>
    </message>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>request body of %1 bytes is larger than the limit of %2 bytes</translation>
    </message>
    <message>
        <source>missing Host header</source>
        <translation>missing Host header</translation>
    </message>
    <message>
        <source>Host '%1' is not allowed: this server answers only to localhost</source>
        <translation>Host '%1' is not allowed: this server answers only to localhost</translation>
    </message>
    <message>
        <source>cross-site requests are not allowed (Origin '%1')</source>
        <translation>cross-site requests are not allowed (Origin '%1')</translation>
    </message>
</context>
<context>
    <name>altrunner::ResultCache</name>
    <message>
        <source>the result cache is off: Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>the result cache is off: Qt's SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <source>the result cache %1 cannot be used: %2</source>
        <translation>the result cache %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>not an SQLite database</translation>
    </message>
</context>
<context>
    <name>altrunner::ResultsPane</name>
    <message>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>
… (%1 more bytes in %2)</source>
        <translation>
… (%1 more bytes in %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::RouteTable</name>
    <message>
        <source>missing or wrong token: send Authorization: Bearer &lt;token&gt;</source>
        <translation>missing or wrong token: send Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>no such endpoint: %1</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3</source>
        <translation>%1 is not allowed on %2; use %3</translation>
    </message>
</context>
<context>
    <name>altrunner::RubricVerdict</name>
    <message>
        <source>the grader's verdict is not {"pass": bool, "reason": string}: %1</source>
        <translation>the grader's verdict is not {"pass": bool, "reason": string}: %1</translation>
    </message>
</context>
<context>
    <name>altrunner::Run</name>
    <message>
        <source>the run has finished</source>
        <translation>the run has finished</translation>
    </message>
    <message>
        <source>the run has not started</source>
        <translation>the run has not started</translation>
    </message>
    <message>
        <source>the run finished before the decision came</source>
        <translation>the run finished before the decision came</translation>
    </message>
</context>
<context>
    <name>altrunner::RunCommands</name>
    <message>
        <source>Cannot re-run</source>
        <translation>Cannot re-run</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Cancel the run and read %1 again?</source>
        <translation>Cancel the run and read %1 again?</translation>
    </message>
</context>
<context>
    <name>altrunner::RunController</name>
    <message>
        <source>Running with %1, %2 at once...</source>
        <translation>Running with %1, %2 at once...</translation>
    </message>
    <message>
        <source>Cannot re-run</source>
        <translation>Cannot re-run</translation>
    </message>
    <message>
        <source>Every task completed in that run: nothing to re-run.</source>
        <translation>Every task completed in that run: nothing to re-run.</translation>
    </message>
    <message>
        <source>Re-running %1 of %2 tasks...</source>
        <translation>Re-running %1 of %2 tasks...</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>Cannot resume</translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation>Cannot run</translation>
    </message>
    <message>
        <source>Set the service URL in Settings.</source>
        <translation>Set the service URL in Settings.</translation>
    </message>
    <message>
        <source>A run of “%1” was interrupted before it finished (%2 of %3 tasks had finished). Resume it? Finished tasks keep their results and are not run again.</source>
        <translation>A run of “%1” was interrupted before it finished (%2 of %3 tasks had finished). Resume it? Finished tasks keep their results and are not run again.</translation>
    </message>
    <message>
        <source>Resume Interrupted Run</source>
        <translation>Resume Interrupted Run</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelling...</translation>
    </message>
    <message>
        <source>Cannot serve the REST API</source>
        <translation>Cannot serve the REST API</translation>
    </message>
    <message>
        <source>API: %1%2</source>
        <translation>API: %1%2</translation>
    </message>
    <message>
        <source> (no token, this computer only)</source>
        <translation> (no token, this computer only)</translation>
    </message>
    <message>
        <source> (token required)</source>
        <translation> (token required)</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it.</source>
        <translation>Only programs on this computer can reach it.</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Its AI tasks get simulated answers, marked as such.</source>
        <translation>Its AI tasks get simulated answers, marked as such.</translation>
    </message>
    <message>
        <source>Its AI tasks fail without being tried; check the service URL in Settings.</source>
        <translation>Its AI tasks fail without being tried; check the service URL in Settings.</translation>
    </message>
    <message>
        <source>The LAST file could not be written</source>
        <translation>The LAST file could not be written</translation>
    </message>
    <message numerus="yes">
        <source>Archive: failing, %n waiting</source>
        <translation>
            <numerusform>Archive: failing, %n waiting</numerusform></translation>
    </message>
    <message>
        <source>Archive: connected</source>
        <translation>Archive: connected</translation>
    </message>
    <message>
        <source>Archive: on</source>
        <translation>Archive: on</translation>
    </message>
    <message>
        <source>LAST files are announced on %1 at %2</source>
        <translation>LAST files are announced on %1 at %2</translation>
    </message>
    <message>
        <source>Where is the ALT file of this run?</source>
        <translation>Where is the ALT file of this run?</translation>
    </message>
    <message>
        <source>ALT files (*.alt *.json *.alt.yaml *.alt.yml);;All files (*)</source>
        <translation>ALT files (*.alt *.json *.alt.yaml *.alt.yml);;All files (*)</translation>
    </message>
    <message>
        <source>The run's ALT file was not found; open it, then re-run from the LAST file.</source>
        <translation>The run's ALT file was not found; open it, then re-run from the LAST file.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); open it to see them.</source>
        <translation>
            <numerusform>%1 has %n error(s); open it to see them.</numerusform></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>A run is in progress</translation>
    </message>
    <message>
        <source>Quitting now stops the run. Cancel it (its LAST file is written with what finished), or stop at once and resume it at the next start?</source>
        <translation>Quitting now stops the run. Cancel it (its LAST file is written with what finished), or stop at once and resume it at the next start?</translation>
    </message>
    <message>
        <source>Cancel Run and Quit</source>
        <translation>Cancel Run and Quit</translation>
    </message>
    <message>
        <source>Quit, Resume Later</source>
        <translation>Quit, Resume Later</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Keep Running</translation>
    </message>
    <message>
        <source>Cannot open the output folder</source>
        <translation>Cannot open the output folder</translation>
    </message>
    <message>
        <source>No program here opens folders; the folder is %1.</source>
        <translation>No program here opens folders; the folder is %1.</translation>
    </message>
    <message>
        <source>A run of “%1” started through the REST API; choose it in the Runs list to watch it.</source>
        <translation>A run of “%1” started through the REST API; choose it in the Runs list to watch it.</translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Output folder: %1</translation>
    </message>
    <message>
        <source>Configuration problem: %1</source>
        <translation>Configuration problem: %1</translation>
    </message>
    <message>
        <source>Re-running from %1: asking %2 of %3 tasks again, %4 kept...</source>
        <translation>Re-running from %1: asking %2 of %3 tasks again, %4 kept...</translation>
    </message>
    <message>
        <source>Running with %1 on the workers at %2, %3 at once...</source>
        <translation>Running with %1 on the workers at %2, %3 at once...</translation>
    </message>
    <message>
        <source>the run has finished</source>
        <translation>the run has finished</translation>
    </message>
    <message>
        <source>Not Decided</source>
        <translation>Not Decided</translation>
    </message>
    <message>
        <source>'%1' was not decided: %2</source>
        <translation>'%1' was not decided: %2</translation>
    </message>
    <message>
        <source>Approved '%1'.</source>
        <translation>Approved '%1'.</translation>
    </message>
    <message>
        <source>Rejected '%1'.</source>
        <translation>Rejected '%1'.</translation>
    </message>
</context>
<context>
    <name>altrunner::RunDiff</name>
    <message>
        <source>%1 is not a LAST file (no execution_id and task_results)</source>
        <translation>%1 is not a LAST file (no execution_id and task_results)</translation>
    </message>
    <message>
        <source>(the answers differ; %1 and %2 lines are too many to compare line by line)</source>
        <translation>(the answers differ; %1 and %2 lines are too many to compare line by line)</translation>
    </message>
    <message>
        <source>A: run %1 of %2
B: run %3 of %4
</source>
        <translation>A: run %1 of %2
B: run %3 of %4
</translation>
    </message>
    <message>
        <source>tokens %1 -&gt; %2</source>
        <translation>tokens %1 -&gt; %2</translation>
    </message>
    <message>
        <source>cost %1 -&gt; %2</source>
        <translation>cost %1 -&gt; %2</translation>
    </message>
    <message>
        <source>duration %1 ms -&gt; %2 ms</source>
        <translation>duration %1 ms -&gt; %2 ms</translation>
    </message>
    <message>
        <source>checks %1/%2 -&gt; %3/%4 passed</source>
        <translation>checks %1/%2 -&gt; %3/%4 passed</translation>
    </message>
    <message>
        <source>, answer changed</source>
        <translation>, answer changed</translation>
    </message>
    <message>
        <source>%1 tasks: %2 the same, %3 added, %4 removed, %5 status changed, %6 answer changed
</source>
        <translation>%1 tasks: %2 the same, %3 added, %4 removed, %5 status changed, %6 answer changed
</translation>
    </message>
</context>
<context>
    <name>altrunner::RunDiffModel</name>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>answer changed</source>
        <translation>answer changed</translation>
    </message>
    <message>
        <source>, answer changed</source>
        <translation>, answer changed</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Status A → B</source>
        <translation>Status A → B</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>altrunner::RunLauncher</name>
    <message>
        <source>too many runs at once (the limit is %1); try again when one has finished</source>
        <translation>too many runs at once (the limit is %1); try again when one has finished</translation>
    </message>
    <message>
        <source>a cost budget (--max-cost, ALTRUNNER_MAX_COST) needs a pricing file (--pricing, ALTRUNNER_PRICING or %1) that prices the model</source>
        <translation>a cost budget (--max-cost, ALTRUNNER_MAX_COST) needs a pricing file (--pricing, ALTRUNNER_PRICING or %1) that prices the model</translation>
    </message>
    <message>
        <source>no task named to re-run from</source>
        <translation>no task named to re-run from</translation>
    </message>
    <message>
        <source>no task '%1' in %2</source>
        <translation>no task '%1' in %2</translation>
    </message>
</context>
<context>
    <name>altrunner::RunPlan</name>
    <message>
        <source>no earlier answer</source>
        <translation>no earlier answer</translation>
    </message>
    <message>
        <source>prompt changed since run %1</source>
        <translation>prompt changed since run %1</translation>
    </message>
    <message>
        <source>model changed</source>
        <translation>model changed</translation>
    </message>
    <message>
        <source>sampling changed</source>
        <translation>sampling changed</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>cached</translation>
    </message>
    <message>
        <source>unknown until '%1' runs</source>
        <translation>unknown until '%1' runs</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>run (%1)</source>
        <translation>run (%1)</translation>
    </message>
    <message>
        <source>not an AI task</source>
        <translation>not an AI task</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message>
        <source>the simulated provider is not cached</source>
        <translation>the simulated provider is not cached</translation>
    </message>
    <message>
        <source>the cache is off</source>
        <translation>the cache is off</translation>
    </message>
    <message>
        <source>the cache cannot be read</source>
        <translation>the cache cannot be read</translation>
    </message>
    <message>
        <source>refresh asks afresh</source>
        <translation>refresh asks afresh</translation>
    </message>
    <message>
        <source>temperature %1 is not reused in auto mode</source>
        <translation>temperature %1 is not reused in auto mode</translation>
    </message>
    <message>
        <source>re-run from here</source>
        <translation>re-run from here</translation>
    </message>
    <message>
        <source>schema changed</source>
        <translation>schema changed</translation>
    </message>
    <message>
        <source>model alias '%1' now points elsewhere</source>
        <translation>model alias '%1' now points elsewhere</translation>
    </message>
</context>
<context>
    <name>altrunner::RunPostRequest</name>
    <message>
        <source>send the request as Content-Type: application/json</source>
        <translation>send the request as Content-Type: application/json</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>the body is not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object with an alt_file member</source>
        <translation>the body must be a JSON object with an alt_file member</translation>
    </message>
    <message>
        <source>options must be an object</source>
        <translation>options must be an object</translation>
    </message>
    <message>
        <source>alt_file must be the ALT file as a JSON string or object (or give altFileId, a file of ALT_FILES_DIR)</source>
        <translation>alt_file must be the ALT file as a JSON string or object (or give altFileId, a file of ALT_FILES_DIR)</translation>
    </message>
    <message>
        <source>mode must be normal, dream, explore or chaos</source>
        <translation>mode must be normal, dream, explore or chaos</translation>
    </message>
    <message>
        <source>persona must be a string</source>
        <translation>persona must be a string</translation>
    </message>
    <message>
        <source>metadata must be an object</source>
        <translation>metadata must be an object</translation>
    </message>
    <message>
        <source>models: %1</source>
        <translation>models: %1</translation>
    </message>
    <message>
        <source>models must be a models document (an object) or the name of one</source>
        <translation>models must be a models document (an object) or the name of one</translation>
    </message>
    <message>
        <source>model must be a model name, or an alias of the models file</source>
        <translation>model must be a model name, or an alias of the models file</translation>
    </message>
    <message>
        <source>rerun_of must be the execution id of an earlier run</source>
        <translation>rerun_of must be the execution id of an earlier run</translation>
    </message>
    <message>
        <source>rerun_from must be a list of task ids</source>
        <translation>rerun_from must be a list of task ids</translation>
    </message>
    <message>
        <source>rerun_from needs rerun_of: the run whose other answers are kept</source>
        <translation>rerun_from needs rerun_of: the run whose other answers are kept</translation>
    </message>
</context>
<context>
    <name>altrunner::RunSettingsBar</name>
    <message>
        <source>Run Settings</source>
        <translation>Run Settings</translation>
    </message>
    <message>
        <source>File's mode</source>
        <translation>File's mode</translation>
    </message>
    <message>
        <source>Mode: sets the AI's sampling; the file's unless chosen here</source>
        <translation>Mode: sets the AI's sampling; the file's unless chosen here</translation>
    </message>
    <message>
        <source>File's persona</source>
        <translation>File's persona</translation>
    </message>
    <message>
        <source>Persona sent to the AI service</source>
        <translation>Persona sent to the AI service</translation>
    </message>
    <message>
        <source>at once: </source>
        <translation>at once: </translation>
    </message>
    <message>
        <source>Attempts in flight at most</source>
        <translation>Attempts in flight at most</translation>
    </message>
    <message>
        <source>Simulated AI</source>
        <translation>Simulated AI</translation>
    </message>
    <message>
        <source>ALT_LAS Orchestrator</source>
        <translation>ALT_LAS Orchestrator</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-compatible</translation>
    </message>
    <message>
        <source>Where AI tasks are sent (the address is in Settings)</source>
        <translation>Where AI tasks are sent (the address is in Settings)</translation>
    </message>
    <message>
        <source>no token budget</source>
        <translation>no token budget</translation>
    </message>
    <message>
        <source>tokens ≤ </source>
        <translation>tokens ≤ </translation>
    </message>
    <message>
        <source>Never spend more tokens than this in one run: an AI request is sent only if its worst case still fits</source>
        <translation>Never spend more tokens than this in one run: an AI request is sent only if its worst case still fits</translation>
    </message>
    <message>
        <source>no cost budget</source>
        <translation>no cost budget</translation>
    </message>
    <message>
        <source>cost ≤ </source>
        <translation>cost ≤ </translation>
    </message>
    <message>
        <source>Never spend more than this in one run, in the pricing file's currency (Settings)</source>
        <translation>Never spend more than this in one run, in the pricing file's currency (Settings)</translation>
    </message>
    <message>
        <source>Cache: auto</source>
        <translation>Cache: auto</translation>
    </message>
    <message>
        <source>Cache: off</source>
        <translation>Cache: off</translation>
    </message>
    <message>
        <source>Cache: refresh</source>
        <translation>Cache: refresh</translation>
    </message>
    <message>
        <source>Cache: always</source>
        <translation>Cache: always</translation>
    </message>
    <message>
        <source>Reuse an identical request's answer when its temperature is at most 0.2 or it sets a seed</source>
        <translation>Reuse an identical request's answer when its temperature is at most 0.2 or it sets a seed</translation>
    </message>
    <message>
        <source>Neither read nor write the result cache</source>
        <translation>Neither read nor write the result cache</translation>
    </message>
    <message>
        <source>Ask every request afresh and store the answers</source>
        <translation>Ask every request afresh and store the answers</translation>
    </message>
    <message>
        <source>Reuse any identical request's answer</source>
        <translation>Reuse any identical request's answer</translation>
    </message>
    <message>
        <source>The result cache: whether an identical request's stored answer is used instead of asking again</source>
        <translation>The result cache: whether an identical request's stored answer is used instead of asking again</translation>
    </message>
</context>
<context>
    <name>altrunner::RunsController</name>
    <message>
        <source>cannot read the ALT file '%1'</source>
        <translation>cannot read the ALT file '%1'</translation>
    </message>
    <message numerus="yes">
        <source>the ALT file is not valid: %n error(s)</source>
        <translation>
            <numerusform>the ALT file is not valid: %n error(s)</numerusform></translation>
    </message>
    <message>
        <source>no LAST file of run %1 in the output folder</source>
        <translation>no LAST file of run %1 in the output folder</translation>
    </message>
    <message>
        <source>no run with id '%1'</source>
        <translation>no run with id '%1'</translation>
    </message>
    <message>
        <source>run '%1' has already finished</source>
        <translation>run '%1' has already finished</translation>
    </message>
    <message>
        <source>run '%1' is still going; its LAST file is written when it ends</source>
        <translation>run '%1' is still going; its LAST file is written when it ends</translation>
    </message>
    <message>
        <source>run '%1' could not write its LAST file: %2</source>
        <translation>run '%1' could not write its LAST file: %2</translation>
    </message>
    <message>
        <source>the LAST file of run '%1' cannot be read: %2</source>
        <translation>the LAST file of run '%1' cannot be read: %2</translation>
    </message>
    <message>
        <source>a LAST file is named last_&lt;execution id&gt;.json, not '%1'</source>
        <translation>a LAST file is named last_&lt;execution id&gt;.json, not '%1'</translation>
    </message>
    <message>
        <source>no LAST file %1 in the output folder</source>
        <translation>no LAST file %1 in the output folder</translation>
    </message>
    <message>
        <source>send the decision as Content-Type: application/json</source>
        <translation>send the decision as Content-Type: application/json</translation>
    </message>
    <message>
        <source>the body must be a JSON object such as {"decision": "approve"}</source>
        <translation>the body must be a JSON object such as {"decision": "approve"}</translation>
    </message>
    <message>
        <source>unknown member '%1' (a decision has decision, note and output)</source>
        <translation>unknown member '%1' (a decision has decision, note and output)</translation>
    </message>
    <message>
        <source>decision must be "approve" or "reject"</source>
        <translation>decision must be "approve" or "reject"</translation>
    </message>
    <message>
        <source>note must be a string</source>
        <translation>note must be a string</translation>
    </message>
    <message>
        <source>run '%1' has finished; its gates are decided when it is resumed</source>
        <translation>run '%1' has finished; its gates are decided when it is resumed</translation>
    </message>
</context>
<context>
    <name>altrunner::RunsModel</name>
    <message>
        <source>%1 (API)</source>
        <translation>%1 (API)</translation>
    </message>
    <message>
        <source>running, %L1 of %L2 done</source>
        <translation>running, %L1 of %L2 done</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>“%1”, started %2, going on (run %3)</source>
        <translation>“%1”, started %2, going on (run %3)</translation>
    </message>
    <message>
        <source>“%1”, started %2: %3 – %L4 completed, %L5 not (run %6, LAST file %7)</source>
        <translation>“%1”, started %2: %3 – %L4 completed, %L5 not (run %6, LAST file %7)</translation>
    </message>
</context>
<context>
    <name>altrunner::RunsPanel</name>
    <message>
        <source>Filter runs</source>
        <translation>Filter runs</translation>
    </message>
</context>
<context>
    <name>altrunner::Scheduler</name>
    <message>
        <source>run cancelled</source>
        <translation>run cancelled</translation>
    </message>
    <message>
        <source>attempt timed out after %1 s</source>
        <translation>attempt timed out after %1 s</translation>
    </message>
    <message>
        <source>run stopped by fail-fast: task '%1' did not complete</source>
        <translation>run stopped by fail-fast: task '%1' did not complete</translation>
    </message>
    <message>
        <source>dependency '%1' failed</source>
        <translation>dependency '%1' failed</translation>
    </message>
    <message>
        <source>answer does not match the schema: %1</source>
        <translation>answer does not match the schema: %1</translation>
    </message>
    <message>
        <source>the grader cannot be asked: %1</source>
        <translation>the grader cannot be asked: %1</translation>
    </message>
    <message>
        <source>the grader did not answer: %1</source>
        <translation>the grader did not answer: %1</translation>
    </message>
    <message>
        <source>Approve the answer of '%1'?</source>
        <translation>Approve the answer of '%1'?</translation>
    </message>
    <message>
        <source>decided without asking</source>
        <translation>decided without asking</translation>
    </message>
    <message>
        <source>no task '%1' in this run</source>
        <translation>no task '%1' in this run</translation>
    </message>
    <message>
        <source>task '%1' is no approval gate</source>
        <translation>task '%1' is no approval gate</translation>
    </message>
    <message>
        <source>the run has finished</source>
        <translation>the run has finished</translation>
    </message>
    <message>
        <source>gate '%1' is not waiting for a decision (it is %2)</source>
        <translation>gate '%1' is not waiting for a decision (it is %2)</translation>
    </message>
    <message>
        <source>an edited answer comes with an approval, not a rejection</source>
        <translation>an edited answer comes with an approval, not a rejection</translation>
    </message>
    <message>
        <source>gate '%1' has no answer to edit (an approval task names one with "editable")</source>
        <translation>gate '%1' has no answer to edit (an approval task names one with "editable")</translation>
    </message>
    <message>
        <source>the edited answer does not match the output schema of '%1': %2</source>
        <translation>the edited answer does not match the output schema of '%1': %2</translation>
    </message>
    <message>
        <source>the answer of '%1' is text: the edited answer must be a string</source>
        <translation>the answer of '%1' is text: the edited answer must be a string</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>rejected by %1</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>rejected by %1: %2</translation>
    </message>
    <message>
        <source>no decision within %1 s</source>
        <translation>no decision within %1 s</translation>
    </message>
</context>
<context>
    <name>altrunner::Segmentation</name>
    <message>
        <source>missing required field '%1'</source>
        <translation>missing required field '%1'</translation>
    </message>
    <message>
        <source>'%1' must not be empty</source>
        <translation>'%1' must not be empty</translation>
    </message>
    <message>
        <source>'%1' must be a non-empty string, not %2</source>
        <translation>'%1' must be a non-empty string, not %2</translation>
    </message>
    <message>
        <source>%1 are not supported by ALT Runner</source>
        <translation>%1 are not supported by ALT Runner</translation>
    </message>
    <message>
        <source>'timestamp' %1 has no time zone: read as UTC</source>
        <translation>'timestamp' %1 has no time zone: read as UTC</translation>
    </message>
    <message>
        <source>'chaos_level' must be an integer from 1 to 10 in Chaos mode, not %1</source>
        <translation>'chaos_level' must be an integer from 1 to 10 in Chaos mode, not %1</translation>
    </message>
    <message>
        <source>'chaos_level' must be null unless the mode is Chaos</source>
        <translation>'chaos_level' must be null unless the mode is Chaos</translation>
    </message>
    <message>
        <source>'segments' must hold at least one segment</source>
        <translation>'segments' must hold at least one segment</translation>
    </message>
    <message>
        <source>'segments' must be a list of segments, not %1</source>
        <translation>'segments' must be a list of segments, not %1</translation>
    </message>
    <message>
        <source>segment #%1: </source>
        <translation>segment #%1: </translation>
    </message>
    <message>
        <source>a parameter must be a mapping with a name and a value</source>
        <translation>a parameter must be a mapping with a name and a value</translation>
    </message>
    <message>
        <source>a parameter needs a 'name'</source>
        <translation>a parameter needs a 'name'</translation>
    </message>
    <message>
        <source>parameter '%1' needs a 'value'</source>
        <translation>parameter '%1' needs a 'value'</translation>
    </message>
    <message>
        <source>'parameters' must be a list of {name, value}, not %1</source>
        <translation>'parameters' must be a list of {name, value}, not %1</translation>
    </message>
</context>
<context>
    <name>altrunner::SettingsDialog</name>
    <message>
        <source>Answer from the simulated provider when the AI service keeps failing</source>
        <translation>Answer from the simulated provider when the AI service keeps failing</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Simulated (offline, for trying things out)</source>
        <translation>Simulated (offline, for trying things out)</translation>
    </message>
    <message>
        <source>ALT_LAS AI Orchestrator</source>
        <translation>ALT_LAS AI Orchestrator</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-compatible server</translation>
    </message>
    <message>
        <source>kept for this session only, never saved</source>
        <translation>kept for this session only, never saved</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Output Folder</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Service URL:</source>
        <translation>Service URL:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>AI request time-out:</source>
        <translation>AI request time-out:</translation>
    </message>
    <message>
        <source>Task time-out:</source>
        <translation>Task time-out:</translation>
    </message>
    <message>
        <source>Tasks at once:</source>
        <translation>Tasks at once:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Set in the environment, and used instead of what is saved here: %1</source>
        <translation>Set in the environment, and used instead of what is saved here: %1</translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation>A change of language takes effect at the next start.</translation>
    </message>
    <message>
        <source>Enter the service URL first, such as http://localhost:8000.</source>
        <translation>Enter the service URL first, such as http://localhost:8000.</translation>
    </message>
    <message>
        <source>Asking %1...</source>
        <translation>Asking %1...</translation>
    </message>
    <message>
        <source>The pricing file: what tokens cost per provider and model. Empty: the one in your settings folder, if it exists.</source>
        <translation>The pricing file: what tokens cost per provider and model. Empty: the one in your settings folder, if it exists.</translation>
    </message>
    <message>
        <source>max_tokens of every AI request whose task sets none; with the prompt it bounds what a request can cost</source>
        <translation>max_tokens of every AI request whose task sets none; with the prompt it bounds what a request can cost</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>The AI endpoint's limit: requests are paced evenly under it, and a 429 pauses the endpoint whatever is set here</source>
        <translation>The AI endpoint's limit: requests are paced evenly under it, and a 429 pauses the endpoint whatever is set here</translation>
    </message>
    <message>
        <source>Pricing File</source>
        <translation>Pricing File</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Edit Prices...</source>
        <translation>Edit Prices...</translation>
    </message>
    <message>
        <source>Max tokens per request:</source>
        <translation>Max tokens per request:</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>Requests per minute:</translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation>Tokens per minute:</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Prices:</translation>
    </message>
    <message>
        <source>Stream answers as they are written (OpenAI-compatible services)</source>
        <translation>Stream answers as they are written (OpenAI-compatible services)</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer; a streamed answer may then take up to the task time-out</source>
        <translation>How long to wait for the first byte of an answer; a streamed answer may then take up to the task time-out</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434 for Ollama</source>
        <translation>e.g. http://localhost:11434 for Ollama</translation>
    </message>
    <message>
        <source>auto: reuse answers of temperature ≤ 0.2 or with a seed</source>
        <translation>auto: reuse answers of temperature ≤ 0.2 or with a seed</translation>
    </message>
    <message>
        <source>off: neither read nor write</source>
        <translation>off: neither read nor write</translation>
    </message>
    <message>
        <source>refresh: ask afresh, keep the answers</source>
        <translation>refresh: ask afresh, keep the answers</translation>
    </message>
    <message>
        <source>always: reuse any identical request's answer</source>
        <translation>always: reuse any identical request's answer</translation>
    </message>
    <message>
        <source>The result cache: an identical request's stored answer instead of asking again (the run settings bar can change it per run)</source>
        <translation>The result cache: an identical request's stored answer instead of asking again (the run settings bar can change it per run)</translation>
    </message>
    <message>
        <source>The port Server ▸ Serve REST API listens on, on this computer</source>
        <translation>The port Server ▸ Serve REST API listens on, on this computer</translation>
    </message>
    <message>
        <source>none: only programs on this computer; kept for this session</source>
        <translation>none: only programs on this computer; kept for this session</translation>
    </message>
    <message>
        <source>Clients send it as Authorization: Bearer &lt;token&gt;. Kept for this session only, never saved; ALTRUNNER_API_TOKEN sets it for good.</source>
        <translation>Clients send it as Authorization: Bearer &lt;token&gt;. Kept for this session only, never saved; ALTRUNNER_API_TOKEN sets it for good.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Result cache:</source>
        <translation>Result cache:</translation>
    </message>
    <message>
        <source>REST API port:</source>
        <translation>REST API port:</translation>
    </message>
    <message>
        <source>REST API token:</source>
        <translation>REST API token:</translation>
    </message>
    <message>
        <source>the system's (http_proxy, https_proxy, no_proxy); none: direct</source>
        <translation>the system's (http_proxy, https_proxy, no_proxy); none: direct</translation>
    </message>
    <message>
        <source>A proxy for AI requests, such as http://proxy:3128 (AI_PROXY); "none" goes direct; empty: the environment's</source>
        <translation>A proxy for AI requests, such as http://proxy:3128 (AI_PROXY); "none" goes direct; empty: the environment's</translation>
    </message>
    <message>
        <source>the system's certificate authorities</source>
        <translation>the system's certificate authorities</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust for https besides the system's, for a service with a private CA (AI_CA_FILE)</source>
        <translation>A PEM file of certificate authorities to trust for https besides the system's, for a service with a private CA (AI_CA_FILE)</translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation>Certificate Authorities</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>Trusted CAs:</translation>
    </message>
    <message>
        <source>The models file: aliases that tasks name as their model, with the models asked when one fails. Empty: the one in your settings folder, if it exists.</source>
        <translation>The models file: aliases that tasks name as their model, with the models asked when one fails. Empty: the one in your settings folder, if it exists.</translation>
    </message>
    <message>
        <source>Models File</source>
        <translation>Models File</translation>
    </message>
    <message>
        <source>Edit Models...</source>
        <translation>Edit Models...</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Models:</translation>
    </message>
    <message>
        <source>off: AI calls are made on this computer</source>
        <translation>off: AI calls are made on this computer</translation>
    </message>
    <message>
        <source>nats://HOST:4222 sends the AI calls to workers (altrunner-cli worker) through NATS JetStream; each worker uses its own API key (ALTRUNNER_WORKERS)</source>
        <translation>nats://HOST:4222 sends the AI calls to workers (altrunner-cli worker) through NATS JetStream; each worker uses its own API key (ALTRUNNER_WORKERS)</translation>
    </message>
    <message>
        <source>Run on workers:</source>
        <translation>Run on workers:</translation>
    </message>
</context>
<context>
    <name>altrunner::ShownRun</name>
    <message>
        <source>%1 (past run) – ALT Runner</source>
        <translation>%1 (past run) – ALT Runner</translation>
    </message>
    <message>
        <source>%1 – ALT Runner</source>
        <translation>%1 – ALT Runner</translation>
    </message>
    <message>
        <source>%1 (API run) – ALT Runner</source>
        <translation>%1 (API run) – ALT Runner</translation>
    </message>
    <message>
        <source>ALT Runner</source>
        <translation>ALT Runner</translation>
    </message>
    <message>
        <source>(this run came through the REST API)</source>
        <translation>(this run came through the REST API)</translation>
    </message>
    <message>
        <source>%1 (resumed run) – ALT Runner</source>
        <translation>%1 (resumed run) – ALT Runner</translation>
    </message>
    <message>
        <source>This is a past run, read from its LAST file alone: the file holds the tasks and their results, not the ALT file's text.</source>
        <translation>This is a past run, read from its LAST file alone: the file holds the tasks and their results, not the ALT file's text.</translation>
    </message>
    <message>
        <source>This is a past run, read from its LAST file alone. Its ALT file was %1; open it (Ctrl+O) to see its text as it is now.</source>
        <translation>This is a past run, read from its LAST file alone. Its ALT file was %1; open it (Ctrl+O) to see its text as it is now.</translation>
    </message>
</context>
<context>
    <name>altrunner::StatusBar</name>
    <message>
        <source> Simulated AI </source>
        <translation> Simulated AI </translation>
    </message>
    <message>
        <source>Runs use the built-in simulated provider: answers are made up offline and marked as simulated.</source>
        <translation>Runs use the built-in simulated provider: answers are made up offline and marked as simulated.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 completed</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 timed out</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 cancelled</translation>
    </message>
    <message>
        <source>%1 of %2 answers were simulated</source>
        <translation>%1 of %2 answers were simulated</translation>
    </message>
    <message>
        <source>First error (%1): %2</source>
        <translation>First error (%1): %2</translation>
    </message>
    <message>
        <source>, in %1.</source>
        <translation>, in %1.</translation>
    </message>
    <message>
        <source>LAST file: %1</source>
        <translation>LAST file: %1</translation>
    </message>
    <message>
        <source>Your run finished: %1. It is in the Runs list.</source>
        <translation>Your run finished: %1. It is in the Runs list.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) from the cache</source>
        <translation>
            <numerusform>%n answer(s) from the cache</numerusform></translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed, %3 warned.</source>
        <translation>Checks: %1 passed, %2 failed, %3 warned.</translation>
    </message>
</context>
<context>
    <name>altrunner::StatusStyle</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>retrying</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>partly succeeded</source>
        <translation>partly succeeded</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Stopped by the budget</source>
        <translation>Stopped by the budget</translation>
    </message>
    <message>
        <source>Completed with simulated answers</source>
        <translation>Completed with simulated answers</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Partly succeeded</source>
        <translation>Partly succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>from the cache</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulated</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Still running</translation>
    </message>
    <message>
        <source>did not match the schema</source>
        <translation>did not match the schema</translation>
    </message>
    <message>
        <source>Waiting for decisions</source>
        <translation>Waiting for decisions</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>waiting for you</translation>
    </message>
    <message>
        <source>waiting for decisions</source>
        <translation>waiting for decisions</translation>
    </message>
</context>
<context>
    <name>altrunner::TaskDetails</name>
    <message>
        <source>Select a task in the graph, the timeline or the task list.</source>
        <translation>Select a task in the graph, the timeline or the task list.</translation>
    </message>
    <message>
        <source>Answered by the simulated provider after the AI service failed (AI_FALLBACK_TO_MOCK).</source>
        <translation>Answered by the simulated provider after the AI service failed (AI_FALLBACK_TO_MOCK).</translation>
    </message>
    <message>
        <source>Simulated answer (mock provider).</source>
        <translation>Simulated answer (mock provider).</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>AI prompt</source>
        <translation>AI prompt</translation>
    </message>
    <message>
        <source>no-op</source>
        <translation>no-op</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Took</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>waited %1 before retrying</source>
        <translation>waited %1 before retrying</translation>
    </message>
    <message>
        <source>%1 tokens (in %2, out %3%4), cost %5, model %6, provider %7</source>
        <translation>%1 tokens (in %2, out %3%4), cost %5, model %6, provider %7</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, estimated</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>waited %1 for a rate-limit or budget slot</source>
        <translation>waited %1 for a rate-limit or budget slot</translation>
    </message>
    <message>
        <source>Answered from the result cache: the same request was answered before, so nothing was sent.</source>
        <translation>Answered from the result cache: the same request was answered before, so nothing was sent.</translation>
    </message>
    <message>
        <source>Answer (arriving)</source>
        <translation>Answer (arriving)</translation>
    </message>
    <message>
        <source>The answer was cut short: the model stopped at max_tokens. Raise the task's max_tokens (or AI_MAX_TOKENS) to get all of it.</source>
        <translation>The answer was cut short: the model stopped at max_tokens. Raise the task's max_tokens (or AI_MAX_TOKENS) to get all of it.</translation>
    </message>
    <message>
        <source>First token after %1, then %2 tokens/s</source>
        <translation>First token after %1, then %2 tokens/s</translation>
    </message>
    <message>
        <source>First token after %1</source>
        <translation>First token after %1</translation>
    </message>
    <message>
        <source>Prompt (its placeholders fill in once the tasks they name have answered)</source>
        <translation>Prompt (its placeholders fill in once the tasks they name have answered)</translation>
    </message>
    <message>
        <source>Prompt as sent</source>
        <translation>Prompt as sent</translation>
    </message>
    <message>
        <source>Answer as far as it came (task %1)</source>
        <translation>Answer as far as it came (task %1)</translation>
    </message>
    <message>
        <source>Answered by a fallback model: %1</source>
        <translation>Answered by a fallback model: %1</translation>
    </message>
    <message>
        <source>left '%1': %2</source>
        <translation>left '%1': %2</translation>
    </message>
    <message>
        <source>Output schema</source>
        <translation>Output schema</translation>
    </message>
    <message>
        <source>the answer matches it (checked here)</source>
        <translation>the answer matches it (checked here)</translation>
    </message>
    <message>
        <source>sent as a strict JSON Schema</source>
        <translation>sent as a strict JSON Schema</translation>
    </message>
    <message>
        <source>sent in the instructions</source>
        <translation>sent in the instructions</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>%1 (alias '%2')</source>
        <translation>%1 (alias '%2')</translation>
    </message>
    <message>
        <source>asked '%1'</source>
        <translation>asked '%1'</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) run when the answer is in.</source>
        <translation>
            <numerusform>%n check(s) run when the answer is in.</numerusform></translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation>Approved by %1 at %2.</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2.</source>
        <translation>Rejected by %1 at %2.</translation>
    </message>
    <message>
        <source>Edited by %1 (before and after)</source>
        <translation>Edited by %1 (before and after)</translation>
    </message>
    <message>
        <source>approval: a person decides</source>
        <translation>approval: a person decides</translation>
    </message>
</context>
<context>
    <name>altrunner::TaskNavigator</name>
    <message>
        <source>Find task (Ctrl+F)</source>
        <translation>Find task (Ctrl+F)</translation>
    </message>
    <message>
        <source>A task's id or words of its description; Enter shows the next match</source>
        <translation>A task's id or words of its description; Enter shows the next match</translation>
    </message>
</context>
<context>
    <name>altrunner::TaskPanel</name>
    <message>
        <source>Filter by id or text</source>
        <translation>Filter by id or text</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>From the cache</translation>
    </message>
    <message>
        <source>Which tasks the list shows</source>
        <translation>Which tasks the list shows</translation>
    </message>
    <message>
        <source>Next Failure</source>
        <translation>Next Failure</translation>
    </message>
    <message>
        <source>Select the next task that failed, timed out or was cancelled (F8)</source>
        <translation>Select the next task that failed, timed out or was cancelled (F8)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 tasks. &lt;a href="all"&gt;Show all&lt;/a&gt;</source>
        <translation>Showing %1 of %2 tasks. &lt;a href="all"&gt;Show all&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Failed checks</translation>
    </message>
    <message>
        <source>With checks</source>
        <translation>With checks</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Waiting for you</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>altrunner::TaskTableModel</name>
    <message>
        <source> (mock)</source>
        <translation> (mock)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source> (cached)</source>
        <translation> (cached)</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Next run: %1</translation>
    </message>
    <message>
        <source>✗ %1/%2</source>
        <translation>✗ %1/%2</translation>
    </message>
    <message>
        <source>! %1/%2</source>
        <translation>! %1/%2</translation>
    </message>
    <message>
        <source>✓ %1/%2</source>
        <translation>✓ %1/%2</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>altrunner::TestReport</name>
    <message>
        <source>warnings: %1</source>
        <translation>warnings: %1</translation>
    </message>
    <message>
        <source>the task ended %1 before its checks ran</source>
        <translation>the task ended %1 before its checks ran</translation>
    </message>
    <message>
        <source>%1 before its checks ran: %2</source>
        <translation>%1 before its checks ran: %2</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(the file)</translation>
    </message>
</context>
<context>
    <name>altrunner::TimelineView</name>
    <message>
        <source>, running</source>
        <translation>, running</translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;back-off %1</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;back-off %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;on the critical path&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;on the critical path&lt;/i&gt;</translation>
    </message>
    <message>
        <source>task / time</source>
        <translation>task / time</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task(s)</numerusform></translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;waited %1 for a rate-limit or budget slot</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;waited %1 for a rate-limit or budget slot</translation>
    </message>
    <message>
        <source>&lt;br&gt;answered from the result cache</source>
        <translation>&lt;br&gt;answered from the result cache</translation>
    </message>
    <message>
        <source>&lt;br&gt;carried over from an earlier run</source>
        <translation>&lt;br&gt;carried over from an earlier run</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
</context>
<context>
    <name>altrunner::Validator</name>
    <message>
        <source>missing required field '%1'</source>
        <translation>missing required field '%1'</translation>
    </message>
    <message>
        <source>'%1' must be a string, not %2</source>
        <translation>'%1' must be a string, not %2</translation>
    </message>
    <message>
        <source>'%1' must not be empty</source>
        <translation>'%1' must not be empty</translation>
    </message>
    <message>
        <source>unknown priority %1 (expected low, medium, high or critical)</source>
        <translation>unknown priority %1 (expected low, medium, high or critical)</translation>
    </message>
    <message>
        <source>'created_at' must be an ISO 8601 date-time such as 2025-04-26T19:32:00Z, not %1</source>
        <translation>'created_at' must be an ISO 8601 date-time such as 2025-04-26T19:32:00Z, not %1</translation>
    </message>
    <message>
        <source>unknown mode %1 (expected normal, dream, explore or chaos)</source>
        <translation>unknown mode %1 (expected normal, dream, explore or chaos)</translation>
    </message>
    <message>
        <source>tags must be strings, not %1</source>
        <translation>tags must be strings, not %1</translation>
    </message>
    <message>
        <source>'tags' must be an array of strings, not %1</source>
        <translation>'tags' must be an array of strings, not %1</translation>
    </message>
    <message>
        <source>'metadata' must be an object, not %1</source>
        <translation>'metadata' must be an object, not %1</translation>
    </message>
    <message>
        <source>missing required field 'tasks'</source>
        <translation>missing required field 'tasks'</translation>
    </message>
    <message>
        <source>'tasks' must be an array of task objects, not %1</source>
        <translation>'tasks' must be an array of task objects, not %1</translation>
    </message>
    <message>
        <source>'tasks' must hold at least one task</source>
        <translation>'tasks' must hold at least one task</translation>
    </message>
    <message>
        <source>too many tasks: %1 (the limit is %2)</source>
        <translation>too many tasks: %1 (the limit is %2)</translation>
    </message>
    <message>
        <source>task #%1: </source>
        <translation>task #%1: </translation>
    </message>
    <message>
        <source>task '%1': </source>
        <translation>task '%1': </translation>
    </message>
    <message>
        <source>task #%1 must be an object, not %2</source>
        <translation>task #%1 must be an object, not %2</translation>
    </message>
    <message>
        <source>duplicate task id '%1' (first used by task #%2 at /tasks/%3)</source>
        <translation>duplicate task id '%1' (first used by task #%2 at /tasks/%3)</translation>
    </message>
    <message>
        <source>a dependency must be a task id (a non-empty string), not %1</source>
        <translation>a dependency must be a task id (a non-empty string), not %1</translation>
    </message>
    <message>
        <source>'dependencies' must be an array of task ids or null, not %1</source>
        <translation>'dependencies' must be an array of task ids or null, not %1</translation>
    </message>
    <message>
        <source>'parameters' must be an object, not %1</source>
        <translation>'parameters' must be an object, not %1</translation>
    </message>
    <message>
        <source>'%1' must be %2, not %3</source>
        <translation>'%1' must be %2, not %3</translation>
    </message>
    <message>
        <source>a number of milliseconds from 0 to 86400000</source>
        <translation>a number of milliseconds from 0 to 86400000</translation>
    </message>
    <message>
        <source>a number from 0 to 2</source>
        <translation>a number from 0 to 2</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>a number from 0 to 1</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>a positive integer</translation>
    </message>
    <message>
        <source>an integer from 0 to 1000</source>
        <translation>an integer from 0 to 1000</translation>
    </message>
    <message>
        <source>'model' must be a non-empty string, not %1</source>
        <translation>'model' must be a non-empty string, not %1</translation>
    </message>
    <message>
        <source>'timeout_seconds' must be a number above 0 and at most 86400, not %1</source>
        <translation>'timeout_seconds' must be a number above 0 and at most 86400, not %1</translation>
    </message>
    <message>
        <source>'retry_count' must be an integer from 0 to 20, not %1</source>
        <translation>'retry_count' must be an integer from 0 to 20, not %1</translation>
    </message>
    <message>
        <source>depends on unknown task '%1'</source>
        <translation>depends on unknown task '%1'</translation>
    </message>
    <message>
        <source>depends on itself</source>
        <translation>depends on itself</translation>
    </message>
    <message>
        <source>lists dependency '%1' more than once</source>
        <translation>lists dependency '%1' more than once</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>cycle: %1</translation>
    </message>
    <message>
        <source>placeholder {{%1}} names no task of this file</source>
        <translation>placeholder {{%1}} names no task of this file</translation>
    </message>
    <message>
        <source>'output_schema' names schema %1, but the file has no top-level 'schemas'</source>
        <translation>'output_schema' names schema %1, but the file has no top-level 'schemas'</translation>
    </message>
    <message>
        <source>'output_schema' names schema %1, which 'schemas' does not define (it defines: %2)</source>
        <translation>'output_schema' names schema %1, which 'schemas' does not define (it defines: %2)</translation>
    </message>
    <message>
        <source>'output_schema' must be a JSON Schema object or the name of one in 'schemas', not %1</source>
        <translation>'output_schema' must be a JSON Schema object or the name of one in 'schemas', not %1</translation>
    </message>
    <message>
        <source>too many different output schemas in one file</source>
        <translation>too many different output schemas in one file</translation>
    </message>
    <message>
        <source>'model' must not be empty</source>
        <translation>'model' must not be empty</translation>
    </message>
    <message>
        <source>schema '%1' must be a JSON Schema object, not %2</source>
        <translation>schema '%1' must be a JSON Schema object, not %2</translation>
    </message>
    <message>
        <source>schema '%1': </source>
        <translation>schema '%1': </translation>
    </message>
    <message>
        <source>'schemas' must be an object of named JSON Schemas, not %1</source>
        <translation>'schemas' must be an object of named JSON Schemas, not %1</translation>
    </message>
    <message>
        <source>'repair_attempts' must be an integer from 0 to 5, not %1</source>
        <translation>'repair_attempts' must be an integer from 0 to 5, not %1</translation>
    </message>
    <message>
        <source>placeholder {{%1}} names a field of task '%2', which has no output_schema: it is empty unless the answer is JSON with that field</source>
        <translation>placeholder {{%1}} names a field of task '%2', which has no output_schema: it is empty unless the answer is JSON with that field</translation>
    </message>
    <message>
        <source>placeholder {{%1}}: %2 (the output_schema of '%3')</source>
        <translation>placeholder {{%1}}: %2 (the output_schema of '%3')</translation>
    </message>
    <message>
        <source>placeholder {{%1}} has an empty step in its path</source>
        <translation>placeholder {{%1}} has an empty step in its path</translation>
    </message>
    <message>
        <source>placeholder {{%1}} names task '%2', which is not a direct or transitive dependency of '%3'</source>
        <translation>placeholder {{%1}} names task '%2', which is not a direct or transitive dependency of '%3'</translation>
    </message>
    <message>
        <source>unsupported task_type %1 (supported: ai, ai_prompt, noop, generic, approval)</source>
        <translation>unsupported task_type %1 (supported: ai, ai_prompt, noop, generic, approval)</translation>
    </message>
    <message>
        <source>'requires_approval' must be true or false, not %1</source>
        <translation>'requires_approval' must be true or false, not %1</translation>
    </message>
    <message>
        <source>'requires_approval' is for AI tasks: a noop task has no answer to approve (a task of task_type "approval" asks a person)</source>
        <translation>'requires_approval' is for AI tasks: a noop task has no answer to approve (a task of task_type "approval" asks a person)</translation>
    </message>
    <message>
        <source>'approval_timeout_seconds' must be a number of seconds above 0 and at most 31536000 (a year), not %1</source>
        <translation>'approval_timeout_seconds' must be a number of seconds above 0 and at most 31536000 (a year), not %1</translation>
    </message>
    <message>
        <source>'on_timeout' must be "reject" or "approve", not %1</source>
        <translation>'on_timeout' must be "reject" or "approve", not %1</translation>
    </message>
    <message>
        <source>'on_timeout' has no effect without 'approval_timeout_seconds'</source>
        <translation>'on_timeout' has no effect without 'approval_timeout_seconds'</translation>
    </message>
    <message>
        <source>has no approval gate, so '%1' has no effect (a task of task_type "approval", or "requires_approval": true, has one)</source>
        <translation>has no approval gate, so '%1' has no effect (a task of task_type "approval", or "requires_approval": true, has one)</translation>
    </message>
    <message>
        <source>'question' must be a non-empty string, not %1</source>
        <translation>'question' must be a non-empty string, not %1</translation>
    </message>
    <message>
        <source>an approval task needs parameters.question: what the person decides</source>
        <translation>an approval task needs parameters.question: what the person decides</translation>
    </message>
    <message>
        <source>'editable' is for tasks of task_type "approval"; an AI task that requires approval can have its own answer edited anyway</source>
        <translation>'editable' is for tasks of task_type "approval"; an AI task that requires approval can have its own answer edited anyway</translation>
    </message>
    <message>
        <source>'editable' must be the id of a task this one depends on, not %1</source>
        <translation>'editable' must be the id of a task this one depends on, not %1</translation>
    </message>
    <message>
        <source>'editable' names unknown task '%1'</source>
        <translation>'editable' names unknown task '%1'</translation>
    </message>
    <message>
        <source>'editable' names task '%1', which is not a direct or transitive dependency of this gate: only an answer the gate holds back can be edited</source>
        <translation>'editable' names task '%1', which is not a direct or transitive dependency of this gate: only an answer the gate holds back can be edited</translation>
    </message>
</context>
<context>
    <name>altrunner::ViewExporter</name>
    <message>
        <source>Export Graph</source>
        <translation>Export Graph</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Export Timeline</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>altrunner::WelcomePane</name>
    <message>
        <source>A research brief: seven tasks, one graph</source>
        <translation>A research brief: seven tasks, one graph</translation>
    </message>
    <message>
        <source>A file ALT_LAS's segmentation service wrote</source>
        <translation>A file ALT_LAS's segmentation service wrote</translation>
    </message>
    <message>
        <source>A file with mistakes, to see them told</source>
        <translation>A file with mistakes, to see them told</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Open an ALT file to begin&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Open an ALT file to begin&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ctrl+O, a file dropped on the window, one of the files below, or an example. Runs use the simulated AI until an AI service is chosen in Settings.</source>
        <translation>Ctrl+O, a file dropped on the window, one of the files below, or an example. Runs use the simulated AI until an AI service is chosen in Settings.</translation>
    </message>
    <message>
        <source>Open ALT File...</source>
        <translation>Open ALT File...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent files&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Examples&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
</context>
<context>
    <name>altrunner::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open ALT File...</source>
        <translation>&amp;Open ALT File...</translation>
    </message>
    <message>
        <source>Open &amp;LAST File...</source>
        <translation>Open &amp;LAST File...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Export &amp;Graph...</source>
        <translation>Export &amp;Graph...</translation>
    </message>
    <message>
        <source>Export &amp;Timeline...</source>
        <translation>Export &amp;Timeline...</translation>
    </message>
    <message>
        <source>Open Output &amp;Folder</source>
        <translation>Open Output &amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Run the open file (Ctrl+R, F5)</source>
        <translation>Run the open file (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel the run (Esc); its LAST file is still written</source>
        <translation>Cancel the run (Esc); its LAST file is still written</translation>
    </message>
    <message>
        <source>Re-run &amp;Failed</source>
        <translation>Re-run &amp;Failed</translation>
    </message>
    <message>
        <source>Run again only what did not complete (Ctrl+Shift+R)</source>
        <translation>Run again only what did not complete (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation>&amp;Fit Graph to Window</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Highlight &amp;Critical Path</source>
        <translation>Highlight &amp;Critical Path</translation>
    </message>
    <message>
        <source>Serve REST &amp;API</source>
        <translation>Serve REST &amp;API</translation>
    </message>
    <message>
        <source>Serve the local REST API; runs started through it appear here</source>
        <translation>Serve the local REST API; runs started through it appear here</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferences...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ALT Runner</source>
        <translation>&amp;About ALT Runner</translation>
    </message>
    <message>
        <source>About ALT Runner</source>
        <translation>About ALT Runner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ALT Runner %1&lt;/h3&gt;&lt;p&gt;Runs ALT task files in parallel against an AI service and writes LAST files.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ALT Runner %1&lt;/h3&gt;&lt;p&gt;Runs ALT task files in parallel against an AI service and writes LAST files.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Read the open file again from disk (Ctrl+Shift+F5); it is also read again when it changes</source>
        <translation>Read the open file again from disk (Ctrl+Shift+F5); it is also read again when it changes</translation>
    </message>
    <message>
        <source>&amp;Find Task...</source>
        <translation>&amp;Find Task...</translation>
    </message>
    <message>
        <source>F&amp;ocus on Selected Task</source>
        <translation>F&amp;ocus on Selected Task</translation>
    </message>
    <message>
        <source>Show only the selected task, what it depends on and what depends on it (Ctrl+E)</source>
        <translation>Show only the selected task, what it depends on and what depends on it (Ctrl+E)</translation>
    </message>
    <message>
        <source>Timeline &amp;Follows Now</source>
        <translation>Timeline &amp;Follows Now</translation>
    </message>
    <message>
        <source>During a run, the timeline keeps the present moment in view</source>
        <translation>During a run, the timeline keeps the present moment in view</translation>
    </message>
    <message>
        <source>Re-run From &amp;Here</source>
        <translation>Re-run From &amp;Here</translation>
    </message>
    <message>
        <source>Ask the selected task and everything that depends on it again, past the cache; keep every other answer of the shown run (Ctrl+Alt+R)</source>
        <translation>Ask the selected task and everything that depends on it again, past the cache; keep every other answer of the shown run (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>S&amp;erver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>Export &amp;Report...</translation>
    </message>
    <message>
        <source>Write the shown run as one HTML file that opens in any browser, offline: outcome, graph, timeline, answers, checks</source>
        <translation>Write the shown run as one HTML file that opens in any browser, offline: outcome, graph, timeline, answers, checks</translation>
    </message>
    <message>
        <source>Compare &amp;With...</source>
        <translation>Compare &amp;With...</translation>
    </message>
    <message>
        <source>Put the shown run beside another run: what changed per task, and the answers as a diff</source>
        <translation>Put the shown run beside another run: what changed per task, and the answers as a diff</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <source>The workers the AI calls go to (Settings ▸ Run on workers)</source>
        <translation>The workers the AI calls go to (Settings ▸ Run on workers)</translation>
    </message>
</context>
<context>
    <name>altrunner::WindowLayout</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
</context>
<context>
    <name>altrunner::WorkerPool</name>
    <message>
        <source>cannot read the results stream at %1: %2</source>
        <translation>cannot read the results stream at %1: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::WorkerPoolProvider</name>
    <message>
        <source>waiting for workers at %1</source>
        <translation>waiting for workers at %1</translation>
    </message>
    <message>
        <source>the call is %1 bytes: a call to the workers may be at most %2 bytes (1 MiB)</source>
        <translation>the call is %1 bytes: a call to the workers may be at most %2 bytes (1 MiB)</translation>
    </message>
    <message>
        <source>the call was delivered to workers %1 times without a result (the last: %2)</source>
        <translation>the call was delivered to workers %1 times without a result (the last: %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::WorkerService</name>
    <message>
        <source>worker %1 cannot make the call: %2</source>
        <translation>worker %1 cannot make the call: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
</context>
<context>
    <name>altrunner::WorkersModel</name>
    <message>
        <source>AI calls are made here. Settings ▸ Run on workers sends them to workers on NATS JetStream.</source>
        <translation>AI calls are made here. Settings ▸ Run on workers sends them to workers on NATS JetStream.</translation>
    </message>
    <message>
        <source>Workers at %1: connects when the first run starts.</source>
        <translation>Workers at %1: connects when the first run starts.</translation>
    </message>
    <message>
        <source>Workers at %1: the NATS server is away; trying again.</source>
        <translation>Workers at %1: the NATS server is away; trying again.</translation>
    </message>
    <message numerus="yes">
        <source>Workers at %1: %n connected.</source>
        <translation>
            <numerusform>Workers at %1: %n connected.</numerusform></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In flight</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>At once</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Last heard</translation>
    </message>
</context>
<context>
    <name>altrunner::YamlReader</name>
    <message>
        <source>cannot start the YAML parser</source>
        <translation>cannot start the YAML parser</translation>
    </message>
    <message>
        <source>a mapping key must be a plain string</source>
        <translation>a mapping key must be a plain string</translation>
    </message>
    <message>
        <source>duplicate key '%1' (first at line %2)</source>
        <translation>duplicate key '%1' (first at line %2)</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML syntax: %1</translation>
    </message>
    <message>
        <source>YAML syntax: %1 %2</source>
        <translation>YAML syntax: %1 %2</translation>
    </message>
    <message>
        <source>too many values: more than %1</source>
        <translation>too many values: more than %1</translation>
    </message>
    <message>
        <source>more than one YAML document: an ALT file is one document</source>
        <translation>more than one YAML document: an ALT file is one document</translation>
    </message>
    <message>
        <source>YAML aliases (*%1) are not supported: write the value out</source>
        <translation>YAML aliases (*%1) are not supported: write the value out</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;%1) are not supported: write the value out</source>
        <translation>YAML anchors (&amp;%1) are not supported: write the value out</translation>
    </message>
    <message>
        <source>YAML tag %1 is not supported</source>
        <translation>YAML tag %1 is not supported</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting deeper than %1 levels</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs ALT task files against an AI service.</source>
        <translation>Runs ALT task files against an AI service.</translation>
    </message>
    <message>
        <source>Serve the REST API with the window (default port 8080).</source>
        <translation>Serve the REST API with the window (default port 8080).</translation>
    </message>
    <message>
        <source>An ALT file or a LAST file to open.</source>
        <translation>An ALT file or a LAST file to open.</translation>
    </message>
</context>
</TS>