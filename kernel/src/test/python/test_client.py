"""Drives the installed KOLScope kernel with jupyter_client: interrupts, System.exit, streams,
display updates, HTML escaping, forged messages, binding, message dates, user_expressions,
%who/%whos, help links, %maven and renderers from added jars. Run by the Maven IT.

Kernels are started with an explicit SIGINT disposition (default, or ignored where that is what
a test is about), so a run in the background (`cmd &` in a script, some CI runners), which passes
an ignored SIGINT on to every child, cannot leave a signal-mode interrupt without effect and stall
later tests."""
import datetime
import json
import os
import shutil
import signal
import subprocess
import socket
import tempfile
import time
import unittest
import uuid

import zmq
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

KERNEL = os.environ.get("KOLSCOPE_KERNEL", "kolscope")
TIMEOUT = 60


def sigint(disposition):
    """A preexec_fn giving the kernel process this SIGINT disposition (SIG_DFL or SIG_IGN)."""
    return lambda: signal.signal(signal.SIGINT, disposition)


class KernelSession:
    def __init__(self, kernel_name=KERNEL, env=None, sigint_disposition=signal.SIG_DFL, spec_manager=None):
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
        if spec_manager is None:
            self.km = KernelManager(kernel_name=kernel_name)
        else:
            self.km = KernelManager(kernel_name=kernel_name, kernel_spec_manager=spec_manager)
        extra = {} if env is None else {"env": env}
        self.km.start_kernel(stderr=self.log, stdout=self.log, preexec_fn=sigint(sigint_disposition), **extra)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)
        self.log.close()

    def start(self, code):
        return self.kc.execute(code)

    def collect(self, msg_id, timeout=TIMEOUT):
        """iopub messages of msg_id until idle (with receive times), then its execute_reply."""
        outputs = []
        deadline = time.time() + timeout
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            msg["received"] = time.time()
            if msg["msg_type"] == "status":
                if msg["content"]["execution_state"] == "idle":
                    break
                continue
            if msg["msg_type"] == "execute_input":
                continue
            outputs.append(msg)
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
            if reply["parent_header"].get("msg_id") == msg_id:
                reply["received"] = time.time()
                return reply, outputs

    def run(self, code, timeout=TIMEOUT):
        return self.collect(self.start(code), timeout)

    def result_text(self, code):
        reply, outputs = self.run(code)
        assert reply["content"]["status"] == "ok", reply["content"]
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        assert results, outputs
        return results[-1]["content"]["data"]["text/plain"]

    def log_text(self):
        self.log.flush()
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def wait_for_log(self, text, timeout=10):
        deadline = time.time() + timeout
        while text not in self.log_text() and time.time() < deadline:
            time.sleep(0.1)
        return self.log_text()

    def stdout_of(self, code):
        reply, outputs = self.run(code)
        assert reply["content"]["status"] == "ok", reply["content"]
        return "".join(m["content"]["text"] for m in outputs
                       if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def spec_argv_classpath(spec):
    return spec.argv[spec.argv.index("-cp") + 1]


class KolScopeKernelClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.k = KernelSession()

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    def wait_until_running(self, msg_id):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            msg = self.k.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                return
        self.fail("the loop never started")

    def test_message_mode_interrupt_stops_a_tight_loop(self):
        msg_id = self.k.start('System.out.println("looping"); while (true) {}')
        self.wait_until_running(msg_id)
        time.sleep(0.5)
        self.k.km.interrupt_kernel()
        reply, _ = self.k.collect(msg_id, timeout=20)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.assertEqual(self.k.result_text("1 + 1"), "2")

    def test_interrupt_as_soon_as_the_kernel_is_busy_still_stops_the_cell(self):
        # the interrupt may arrive before JShell runs the cell (setting up, a magic first):
        # it must not be lost, or the loop would run on
        msg_id = self.k.start('%who\nwhile (true) {}')
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            msg = self.k.kc.get_iopub_msg(timeout=TIMEOUT)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"]["execution_state"] == "busy"):
                break
        self.k.km.interrupt_kernel()
        reply, _ = self.k.collect(msg_id, timeout=20)
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.assertEqual(self.k.result_text("3 + 3"), "6")

    def test_signal_mode_interrupt_stops_a_tight_loop(self):
        msg_id = self.k.start('System.out.println("spinning"); long n = 0; while (true) { n++; }')
        self.wait_until_running(msg_id)
        time.sleep(0.5)
        self.k.km.signal_kernel(signal.SIGINT)
        reply, _ = self.k.collect(msg_id, timeout=20)
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.assertTrue(self.k.km.is_alive())
        self.assertEqual(self.k.result_text("2 + 2"), "4")

    def test_system_exit_is_an_error_and_state_survives(self):
        self.k.run("int survivor = 41;")
        reply, outputs = self.k.run("System.exit(0)")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "SystemExit")
        self.assertEqual([m["msg_type"] for m in outputs], ["error"])
        self.assertTrue(self.k.km.is_alive())
        self.assertEqual(self.k.result_text("survivor + 1"), "42")

    def test_stderr_is_a_stderr_stream(self):
        reply, outputs = self.k.run('System.err.println("careful: <b>")')
        streams = [m["content"] for m in outputs if m["msg_type"] == "stream"]
        self.assertIn({"name": "stderr", "text": "careful: <b>\n"}, streams)

    def test_output_streams_while_the_cell_runs(self):
        reply, outputs = self.k.run(
            'System.out.print("first"); Thread.sleep(1500); System.out.println(" second");')
        first = [m for m in outputs if m["msg_type"] == "stream" and "first" in m["content"]["text"]]
        self.assertTrue(first, outputs)
        self.assertGreater(reply["received"] - first[0]["received"], 1.0)

    def test_queued_cells_after_an_error_are_aborted(self):
        failing = self.k.start('Thread.sleep(500); throw new RuntimeException("first fails")')
        queued = self.k.start('System.out.println("must not run")')
        reply, _ = self.k.collect(failing)
        self.assertEqual(reply["content"]["status"], "error")
        reply, outputs = self.k.collect(queued)
        self.assertEqual(reply["content"]["status"], "aborted")
        self.assertEqual([m for m in outputs if m["msg_type"] == "stream"], [])
        self.assertEqual(self.k.result_text("5 + 5"), "10")

    def test_a_queued_request_that_is_no_cell_does_not_abort_the_next_cell(self):
        # a frontend may send kernel_info while a cell runs; after that cell fails, the next
        # cell the user runs is not "queued behind the error" and must run
        failing = self.k.start('Thread.sleep(700); throw new RuntimeException("fails")')
        self.k.kc.kernel_info()
        reply, _ = self.k.collect(failing)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(self.k.result_text("6 + 6"), "12")

    def test_stdin_reads_through_input_request(self):
        msg_id = self.k.kc.execute(
            'String line = new java.util.Scanner(System.in).nextLine();\nline.toUpperCase()', allow_stdin=True)
        request = self.k.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.k.kc.input("typed by the user")
        reply, outputs = self.k.collect(msg_id)
        self.assertEqual(reply["content"]["status"], "ok")
        result = [m for m in outputs if m["msg_type"] == "execute_result"][0]
        self.assertEqual(result["content"]["data"]["text/plain"], "TYPED BY THE USER")

    def test_display_then_update_in_place(self):
        reply, outputs = self.k.run('String id = display("one");\nupdateDisplay(id, "two");')
        self.assertEqual(reply["content"]["status"], "ok")
        kinds = [m["msg_type"] for m in outputs]
        self.assertEqual(kinds, ["display_data", "update_display_data"])
        shown, updated = outputs
        self.assertEqual(shown["content"]["data"]["text/plain"], "one")
        self.assertEqual(updated["content"]["data"]["text/plain"], "two")
        self.assertEqual(shown["content"]["transient"]["display_id"],
                         updated["content"]["transient"]["display_id"])

    def test_table_cells_are_html_escaped(self):
        reply, outputs = self.k.run(
            'Table.create("kols", StringColumn.create("name", "<img src=x onerror=alert(1)>"))')
        html = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]["text/html"]
        self.assertIn("&lt;img src=x onerror=alert(1)&gt;", html)
        self.assertNotIn("<img", html)

    def test_large_table_shows_head_tail_and_shape(self):
        reply, outputs = self.k.run('Table.create("big", IntColumn.indexColumn("i", 1000, 0))')
        data = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
        self.assertIn("1,000 rows × 1 column", data["text/html"])
        self.assertIn("<th>999</th>", data["text/html"])
        self.assertNotIn("<th>500</th>", data["text/html"])
        self.assertIn("[1,000 rows × 1 column]", data["text/plain"])

    def test_chart_is_png_and_svg_on_request(self):
        code = ('var ds = new org.jfree.data.general.DefaultPieDataset<String>();\n'
                'ds.setValue("a", 1); ds.setValue("b", 2);\n'
                'var chart = org.jfree.chart.ChartFactory.createPieChart("share", ds);\n'
                'display(chart, "image/svg+xml");\n'
                'chart')
        reply, outputs = self.k.run(code)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        shown = [m for m in outputs if m["msg_type"] == "display_data"][0]["content"]["data"]
        self.assertIn("<svg", shown["image/svg+xml"])
        result = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
        self.assertTrue(result["image/png"].startswith("iVBORw0KGgo"))

    def test_compile_error_has_line_column_and_caret(self):
        reply, outputs = self.k.run("int fine = 1;\nint broken = nothingHere + 1;")
        self.assertEqual(reply["content"]["ename"], "CompilationError")
        tb = "\n".join(reply["content"]["traceback"])
        self.assertIn("line 2, column 14", tb)
        self.assertIn("\n                 ^^^^^^^^^^^", tb)

    def test_exception_trace_is_trimmed_to_user_frames(self):
        self.k.run("int half(int v) {\n  if (v < 0) throw new IllegalArgumentException(\"negative: \" + v);\n  return v / 2;\n}")
        reply, _ = self.k.run("half(-4)")
        c = reply["content"]
        self.assertEqual(c["ename"], "java.lang.IllegalArgumentException")
        self.assertEqual(c["evalue"], "negative: -4")
        tb = "\n".join(c["traceback"])
        self.assertIn("at half (cell [", tb)
        self.assertNotIn("jdk.jshell", tb)

    def test_magics(self):
        reply, outputs = self.k.run("%time 1 + 1")
        self.assertTrue(any("Wall time" in m["content"].get("text", "") for m in outputs), outputs)
        reply, _ = self.k.run("%nosuchmagic")
        self.assertEqual(reply["content"]["ename"], "UnknownMagic")
        self.assertIn("%nosuchmagic", reply["content"]["evalue"])
        reply, _ = self.k.run("%classpath /definitely/not/here/*.jar")
        self.assertEqual(reply["content"]["ename"], "MagicError")
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "snippet.jsh")
            with open(path, "w") as f:
                f.write("int loaded = 5;\nloaded * 3\n")
            self.assertEqual(self.k.result_text("%load " + path), "15")
        reply, outputs = self.k.run("%%time\nint a = 2;\na * 21")
        self.assertEqual([m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]["text/plain"], "42")

    def test_classpath_glob_makes_new_classes_usable(self):
        import shutil
        import subprocess
        javac = shutil.which("javac") or os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "javac")
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "Greeter.java")
            with open(src, "w") as f:
                f.write('package demo; public class Greeter { public static String hi(String n) { return "hi " + n; } }')
            subprocess.run([javac, "-d", os.path.join(d, "classes-out"), src], check=True)
            reply, outputs = self.k.run("%classpath " + d + "/classes-*")
            self.assertEqual(reply["content"]["status"], "ok", reply["content"])
            self.assertIn("Added 1 entry", "".join(m["content"].get("text", "") for m in outputs))
            self.assertEqual(self.k.result_text('demo.Greeter.hi("kol")'), "hi kol")

    def test_forged_message_is_dropped_and_kernel_keeps_serving(self):
        info = self.k.km.get_connection_info()
        forger = Session(key=b"not-the-key", signature_scheme="hmac-sha256")
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.DEALER)
        sock.linger = 0
        sock.connect("%s://%s:%d" % (info["transport"], info["ip"], info["shell_port"]))
        try:
            forger.send(sock, "execute_request",
                        content={"code": 'System.out.println("forged")', "silent": False,
                                 "store_history": True, "user_expressions": {},
                                 "allow_stdin": False, "stop_on_error": True})
            self.assertEqual(sock.poll(2000), 0, "the kernel answered a forged message")
        finally:
            sock.close()
        self.assertEqual(self.k.result_text('"still " + "serving"'), "still serving")
        deadline = time.time() + 5
        while "HMAC signature" not in self.k.log_text() and time.time() < deadline:
            time.sleep(0.1)
        self.assertIn("HMAC signature", self.k.log_text())

    def test_binds_only_to_the_connection_file_address(self):
        # Sockets bound to 127.0.0.1 accept on 127.0.0.1 only; one bound to all interfaces
        # would also accept on 127.0.0.2 (also loopback on Linux).
        info = self.k.km.get_connection_info()
        self.assertEqual(info["ip"], "127.0.0.1")
        for name in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"):
            port = info[name]
            with socket.create_connection(("127.0.0.1", port), timeout=5):
                pass
            with self.assertRaises(OSError, msg="%s %d answers on 127.0.0.2" % (name, port)):
                with socket.create_connection(("127.0.0.2", port), timeout=5):
                    pass

    def test_message_dates_are_iso8601_with_microseconds(self):
        before = datetime.datetime.now(datetime.timezone.utc)
        reply, outputs = self.k.run("1 + 1")
        dates = [m["header"]["date"] for m in outputs] + [reply["header"]["date"]]
        for d in dates:
            self.assertIsInstance(d, datetime.datetime, "jupyter_client left the date a string: %r" % (d,))
            self.assertEqual(d.utcoffset(), datetime.timedelta(0))
        self.assertTrue(any(d.microsecond % 1000 for d in dates), "no sub-millisecond digits in %s" % dates)
        iopub = [m["header"]["date"] for m in outputs]
        self.assertEqual(iopub, sorted(iopub))
        self.assertLess(abs((dates[0] - before).total_seconds()), 120)

    def test_startup_log_says_what_and_where_without_warnings(self):
        log = self.k.wait_for_log("KOLScope kernel ")
        lines = [l for l in log.splitlines() if "KOLScope kernel " in l]
        self.assertEqual(len(lines), 1, log)
        for part in (" on ", "pid ", "listening on tcp://127.0.0.1", "interrupts: message"):
            self.assertIn(part, lines[0])
        self.assertRegex(lines[0], r" on Java \d+")
        self.assertNotIn("WARNING:", log)
        self.assertNotIn("setSecurityManager", log)

    def test_user_expressions_are_evaluated_after_the_code(self):
        msg_id = self.k.kc.execute("int ue = 20;", user_expressions={
            "double": "ue * 2", "text": '"k" + ue', "bad": "nosuchName + 1", "decl": "int zz = 3"})
        reply, _ = self.k.collect(msg_id)
        ue = reply["content"]["user_expressions"]
        self.assertEqual(ue["double"]["status"], "ok")
        self.assertEqual(ue["double"]["data"]["text/plain"], "40")
        self.assertIn("metadata", ue["double"])
        self.assertEqual(ue["text"]["data"]["text/plain"], "k20")
        self.assertEqual(ue["bad"]["status"], "error")
        self.assertEqual(ue["bad"]["ename"], "CompilationError")
        self.assertIsInstance(ue["bad"]["traceback"], list)
        self.assertEqual(ue["decl"]["status"], "error")
        self.assertEqual(ue["decl"]["ename"], "NotAnExpression")
        reply, _ = self.k.run("zz")
        self.assertEqual(reply["content"]["status"], "error", "a user expression declared a variable")
        self.assertNotIn("$", self.k.stdout_of("%who"))

    def test_who_and_whos_list_variables(self):
        self.k.run('Table whoTable = Table.create("kols", IntColumn.create("n", 1, 2, 3));\n'
                   'String whoText = "li\\nwei";\nint whoCount = 3;')
        names = self.k.stdout_of("%who").strip().split("\t")
        self.assertTrue({"whoTable", "whoText", "whoCount"} <= set(names), names)
        self.assertEqual(names, sorted(names))
        self.assertEqual(self.k.stdout_of("%who Table").split(), ["whoTable"])
        table = self.k.stdout_of("%whos")
        header = table.splitlines()[0].split()
        self.assertEqual(header, ["Variable", "Type", "Value"])
        rows = {l.split()[0]: l for l in table.splitlines()[2:]}
        self.assertRegex(rows["whoTable"], r"whoTable\s+Table\s+kols: 3 rows × 1 column$")
        self.assertRegex(rows["whoText"], r'whoText\s+String\s+"li\\nwei"$')
        self.assertRegex(rows["whoCount"], r"whoCount\s+int\s+3$")

    def test_help_links_are_real(self):
        self.k.kc.kernel_info()
        reply = self.k.kc.get_shell_msg(timeout=TIMEOUT)
        links = {l["text"]: l["url"] for l in reply["content"]["help_links"]}
        readme = links["KOLScope README"]
        self.assertTrue(readme.startswith("file:/"), readme)
        from urllib.parse import urlparse, unquote
        with open(unquote(urlparse(readme).path), encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("# KOLScope"))
        self.assertEqual(links["Tablesaw user guide"], "https://jtablesaw.github.io/tablesaw/")
        self.assertRegex(links["Tablesaw API"], r"^https://javadoc\.io/doc/tech\.tablesaw/tablesaw-core/\d+\.\d+\.\d+$")
        self.assertEqual(links["JFreeChart"], "https://www.jfree.org/jfreechart/")
        self.assertRegex(links["JFreeChart API"], r"^https://javadoc\.io/doc/org\.jfree/jfreechart/\d+\.\d+\.\d+$")
        self.assertNotIn("github.com", " ".join(links.values()))

    def inspect(self, code, detail=0):
        self.k.kc.inspect(code, len(code), detail_level=detail)
        reply = self.k.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        self.assertTrue(reply["content"]["found"], code)
        return reply["content"]["data"]["text/plain"]

    def test_inspect_shows_the_toolkits_javadoc_and_source_on_detail(self):
        doc = self.inspect("MannWhitney.test")
        self.assertIn("MannWhitney.test(double[] x, double[] y)", doc)
        self.assertIn("The test with Method.AUTO and the continuity correction.", doc)
        self.assertIn("Parameters:\n  x – first sample, at least 2 finite values (not null)", doc)
        self.assertIn("Returns: U, p, the method used and the rank-biserial correlation", doc)
        self.assertNotIn("Source (", doc)
        detailed = self.inspect("MannWhitney.test", detail=1)
        self.assertIn("Source (toolkit source org/kolscope/stats/groups/MannWhitney.java):", detailed)
        self.assertIn("public static Result test(double[] x, double[] y) {", detailed)
        cls = self.inspect("KolData")
        self.assertIn("org.kolscope.io.KolData", cls)
        self.assertGreater(len(cls.splitlines()), 2, cls)
        shown = self.inspect("display")
        self.assertIn("display id", shown.lower())

    def test_renderers_of_a_jar_added_with_classpath_are_used(self):
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
        javac = shutil.which("javac") or os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "javac")
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "src", "demo")
            os.makedirs(src)
            with open(os.path.join(src, "Badge.java"), "w") as f:
                f.write("package demo; public class Badge { public final String who;"
                        " public Badge(String who) { this.who = who; } }")
            with open(os.path.join(src, "BadgeRenderers.java"), "w") as f:
                f.write("package demo;\n"
                        "import org.dflib.jjava.jupyter.Extension;\n"
                        "import org.dflib.jjava.jupyter.kernel.BaseKernel;\n"
                        "import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;\n"
                        "public class BadgeRenderers implements Extension {\n"
                        "  public void install(BaseKernel k) {\n"
                        "    k.getRenderer().createRegistration(Badge.class).preferring(MIMEType.TEXT_HTML)\n"
                        "      .register((b, ctx) -> { ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> \"badge \" + b.who);\n"
                        "        ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> \"<b class='badge'>\" + b.who + \"</b>\"); });\n"
                        "  }\n}\n")
            classes = os.path.join(d, "classes")
            subprocess.run([javac, "-d", classes, "-cp", spec_argv_classpath(spec),
                            os.path.join(src, "Badge.java"), os.path.join(src, "BadgeRenderers.java")], check=True)
            os.makedirs(os.path.join(classes, "META-INF", "services"))
            with open(os.path.join(classes, "META-INF", "services", "org.dflib.jjava.jupyter.Extension"), "w") as f:
                f.write("demo.BadgeRenderers\n")
            jar = os.path.join(d, "badge.jar")
            subprocess.run([shutil.which("jar") or os.path.join(os.path.dirname(javac), "jar"),
                            "cf", jar, "-C", classes, "."], check=True)
            out = self.k.stdout_of("%classpath " + jar)
            self.assertIn("Renderers installed from demo.BadgeRenderers", out)
            reply, outputs = self.k.run('new demo.Badge("kol")')
            data = [m for m in outputs if m["msg_type"] == "execute_result"][0]["content"]["data"]
            self.assertEqual(data["text/html"], "<b class='badge'>kol</b>")
            self.assertEqual(data["text/plain"], "badge kol")

    def test_complete_and_inspect_do_not_execute_code(self):
        self.k.run("int counter = 0;")
        self.k.kc.complete("counter++; counter", 18)
        self.k.kc.get_shell_msg(timeout=TIMEOUT)
        self.k.kc.inspect("counter++", 9)
        self.k.kc.get_shell_msg(timeout=TIMEOUT)
        self.k.kc.is_complete("counter++;")
        self.k.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(self.k.result_text("counter"), "0")


class KolScopeSigintIgnoredTest(unittest.TestCase):
    """A signal-mode kernel started with SIGINT ignored (as by `cmd &` in a script)."""

    def test_signal_mode_with_sigint_ignored_says_so_and_message_interrupts_work(self):
        installed = KernelSpecManager().get_kernel_spec(KERNEL)
        with tempfile.TemporaryDirectory() as d:
            kdir = os.path.join(d, "kernels", "kolscope-signal")
            os.makedirs(kdir)
            argv = [a.replace("-Dkolscope.interrupt_mode=message", "-Dkolscope.interrupt_mode=signal")
                    for a in installed.argv]
            self.assertIn("-Dkolscope.interrupt_mode=signal", argv)
            with open(os.path.join(kdir, "kernel.json"), "w") as f:
                json.dump({"argv": argv, "display_name": "signal", "language": "java",
                           "interrupt_mode": "signal"}, f)
            ksm = KernelSpecManager(kernel_dirs=[os.path.join(d, "kernels")])
            k = KernelSession("kolscope-signal", sigint_disposition=signal.SIG_IGN, spec_manager=ksm)
            try:
                reply, outputs = k.run("1 + 1")
                errs = "".join(m["content"]["text"] for m in outputs
                               if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")
                self.assertIn("SIGINT is ignored", errs)
                self.assertIn("--interrupt-mode message", errs)
                reply, outputs = k.run("2 + 2")
                self.assertEqual([m for m in outputs if m["msg_type"] == "stream"], [], "the notice shows once")
                log = k.wait_for_log("KOLScope kernel ")
                self.assertIn("WARNING", [l for l in log.splitlines() if "SIGINT is ignored" in l][0])
                # the fallback: an interrupt sent as a message still stops a loop
                msg_id = k.start('System.out.println("spin"); while (true) {}')
                deadline = time.time() + TIMEOUT
                while time.time() < deadline:
                    m = k.kc.get_iopub_msg(timeout=TIMEOUT)
                    if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "stream":
                        break
                k.kc.control_channel.send(k.kc.session.msg("interrupt_request", {}))
                reply, _ = k.collect(msg_id, timeout=20)
                self.assertEqual(reply["content"]["ename"], "Interrupted")
            finally:
                k.close()


class KolScopeMavenTest(unittest.TestCase):
    """%maven against Maven Central, into a fresh local repository (so the jars are downloaded)."""

    def test_maven_adds_jsoup_and_its_neighbours_from_central(self):
        with tempfile.TemporaryDirectory() as repo:
            k = KernelSession(env=dict(os.environ, KOLSCOPE_MAVEN_REPO_LOCAL=repo))
            try:
                reply, _ = k.run('org.jsoup.Jsoup.parse("x")')
                self.assertEqual(reply["content"]["ename"], "CompilationError", "jsoup was already there")
                out = k.stdout_of("%maven org.jsoup:jsoup:1.18.3 com.jayway.jsonpath:json-path:2.9.0")
                self.assertIn("from Maven Central", out)
                added = out.splitlines()[0]
                for jar in ("jsoup-1.18.3.jar", "json-path-2.9.0.jar", "json-smart-", "accessors-smart-", "asm-"):
                    self.assertIn(jar, added, "missing (transitive dependencies included): " + jar)
                self.assertIn("The kernel's own copies stay in use: slf4j-api-", out)
                self.assertTrue(os.path.isfile(os.path.join(repo, "org", "jsoup", "jsoup", "1.18.3", "jsoup-1.18.3.jar")))
                self.assertEqual(k.result_text('org.jsoup.Jsoup.parse("<p>c<b>b</b>a</p>").text()'), "cba")
                self.assertEqual(k.result_text('com.jayway.jsonpath.JsonPath.read("{\\"a\\":{\\"b\\":7}}", "$.a.b").toString()'), "7")
                again = k.stdout_of("%maven org.jsoup:jsoup:1.18.3")
                self.assertIn("no download", again)
                reply, _ = k.run("%maven org.jsoup:jsoup:0.0.404")
                c = reply["content"]
                self.assertEqual(c["ename"], "ArtifactNotFound")
                self.assertIn("org.jsoup:jsoup:0.0.404 was not found in https://repo.maven.apache.org/maven2/", c["evalue"])
                self.assertEqual(len(c["traceback"]), 1)
                reply, _ = k.run("%maven jsoup")
                self.assertIn("is not group:artifact:version", reply["content"]["evalue"])
            finally:
                k.close()


class KolScopeKernelRestartTest(unittest.TestCase):
    def test_restart_gives_a_fresh_kernel(self):
        k = KernelSession()
        try:
            k.run("int before = 1;")
            k.km.restart_kernel(now=False)
            k.kc.wait_for_ready(timeout=TIMEOUT)
            reply, _ = k.run("before")
            self.assertEqual(reply["content"]["status"], "error")
            self.assertEqual(k.result_text("3 * 3"), "9")
        finally:
            k.close()


class KolScopeOrphanTest(unittest.TestCase):
    def test_kernel_exits_when_its_parent_process_dies(self):
        import subprocess
        from jupyter_client.connect import write_connection_file
        from jupyter_client.kernelspec import KernelSpecManager

        spec = KernelSpecManager().get_kernel_spec(KERNEL)
        with tempfile.TemporaryDirectory() as d:
            cf, _ = write_connection_file(os.path.join(d, "conn.json"), ip="127.0.0.1", key=b"k")
            parent = subprocess.Popen(["sleep", "300"])
            env = dict(os.environ, JPY_PARENT_PID=str(parent.pid))
            argv = [a.replace("{connection_file}", cf) for a in spec.argv]
            kernel = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(3)
                self.assertIsNone(kernel.poll(), "the kernel should run while its parent lives")
                parent.kill()
                parent.wait()
                kernel.wait(timeout=30)
            finally:
                if kernel.poll() is None:
                    kernel.kill()


class KolScopeNotebookTest(unittest.TestCase):
    def test_nbclient_executes_a_notebook_with_table_and_chart(self):
        import nbformat
        from nbclient import NotebookClient

        nb = nbformat.v4.new_notebook()
        nb.cells = [
            nbformat.v4.new_code_cell('Table kols = Table.create("kols", StringColumn.create("name", "a", "b"), '
                                      'IntColumn.create("followers", 10, 20));\nkols'),
            nbformat.v4.new_code_cell('kols.intColumn("followers").sum()'),
            nbformat.v4.new_code_cell('System.out.println("done")'),
        ]
        NotebookClient(nb, kernel_name=KERNEL, timeout=TIMEOUT, record_timing=True).execute()
        timing = nb.cells[1].metadata.execution
        started = datetime.datetime.fromisoformat(timing["iopub.execute_input"].replace("Z", "+00:00"))
        replied = datetime.datetime.fromisoformat(timing["shell.execute_reply"].replace("Z", "+00:00"))
        self.assertLessEqual(started, replied)
        first = nb.cells[0].outputs[0]
        self.assertEqual(first.output_type, "execute_result")
        self.assertIn("text/html", first.data)
        self.assertEqual(nb.cells[1].outputs[0].data["text/plain"], "30.0")
        self.assertEqual(nb.cells[2].outputs[0].text, "done\n")


if __name__ == "__main__":
    unittest.main()
