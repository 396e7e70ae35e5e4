"""jupyter_kernel_test conformance suite against the installed KOLScope kernel.

Every optional part of KernelTests is filled in. Run with JUPYTER_PATH pointing at the
kernelspec and KOLSCOPE_KERNEL naming it (the Maven IT does both).
"""
import os
import unittest

import jupyter_kernel_test as jkt


class KolScopeKernelConformanceTest(jkt.KernelTests):
    kernel_name = os.environ.get("KOLSCOPE_KERNEL", "kolscope")

    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world")'
    code_stderr = 'System.err.println("something went wrong")'

    completion_samples = [
        {"text": "Integer.MAX_V", "matches": {"MAX_VALUE"}},
        {"text": "int q = 1;\nSystem.out.printl", "matches": {"println("}},
    ]

    complete_code_samples = ["1 + 1", "int x = 1;", "void f() {}", "%lsmagic"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int y = 1 +", "void g() {"]
    invalid_code_samples = ["}", "int x = ;", ")"]

    code_page_something = "%help"

    code_generate_error = 'throw new IllegalStateException("boom")'

    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": "\"ab\" + \"cd\"", "result": "abcd"},
        {"code": "Table.create(\"t\", IntColumn.create(\"n\", 1, 2))", "mime": "text/html"},
    ]

    code_display_data = [
        {"code": 'display("shown now")', "mime": "text/plain"},
        {"code": 'display(Table.create("t", StringColumn.create("s", "a")))', "mime": "text/html"},
    ]

    code_history_pattern = "6?7"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"

    code_clear_output = "clearOutput()"


if __name__ == "__main__":
    unittest.main()
