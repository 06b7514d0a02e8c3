"""Real printing for the tests: a private CUPS scheduler (cupsd on a loopback port, its own spool and configuration)
with one raw queue `badge` that forwards to an IPP Everywhere printer (`ippeveprinter` from cups-ipp-utils), which
keeps every document it is sent, so that a test can read what would have come out of the label printer."""
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time

from conftest import ROOT


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"{what} within {seconds} s"
        time.sleep(0.1)


CUPSD_CONF = """Listen 127.0.0.1:{port}
LogLevel info
Browsing No
WebInterface No
DefaultAuthType None
PreserveJobFiles No
PreserveJobHistory 300
ErrorPolicy retry-job
JobRetryInterval 1
<Location />
Order allow,deny
Allow all
</Location>
<Policy default>
<Limit All>
Order deny,allow
</Limit>
</Policy>
"""

CUPS_FILES_CONF = """ServerRoot {root}/conf
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
Printcap {root}/printcap
ServerBin /usr/lib/cups
DataDir /usr/share/cups
"""

PRINTERS_CONF = """<Printer badge>
Info Badge printer at the desk
DeviceURI ipp://127.0.0.1:{ipp_port}/ipp/print
State Idle
Accepting Yes
Shared No
</Printer>
"""


class PrintServices:
    """ippeveprinter on its own port and a private cupsd with the queue `badge` in front of it."""

    def __init__(self):
        subprocess.run([str(ROOT / "scripts" / "start-print-services")], check=True)
        self.folder = pathlib.Path(tempfile.mkdtemp(prefix="vaktbok-print-"))
        os.chmod(self.folder, 0o755)
        self.output = self.folder / "printed"
        self.output.mkdir()
        self.ipp_port, self.cups_port = free_port(), free_port()
        self.printer = None
        self.start_printer()
        for name in ("conf", "spool", "cache", "state", "tmp", "log"):
            (self.folder / name).mkdir(mode=0o755)
        os.chmod(self.folder / "tmp", 0o1777)
        (self.folder / "conf" / "cupsd.conf").write_text(CUPSD_CONF.format(port=self.cups_port))
        (self.folder / "conf" / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=self.folder))
        (self.folder / "conf" / "printers.conf").write_text(PRINTERS_CONF.format(ipp_port=self.ipp_port))
        self.cupsd = subprocess.Popen(
            ["/usr/sbin/cupsd", "-f", "-c", str(self.folder / "conf" / "cupsd.conf"), "-s", str(self.folder / "conf" / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: answers(self.cups_port), 10, "cupsd listening")
        self.cups_server = f"127.0.0.1:{self.cups_port}"
        self.ipp_url = f"ipp://127.0.0.1:{self.ipp_port}/ipp/print"

    def start_printer(self):
        """Starts (or starts again) the label printer on its port; it keeps what it prints in `output`."""
        self.printer = subprocess.Popen(
            ["/usr/sbin/ippeveprinter", "-p", str(self.ipp_port), "-k", "-d", str(self.output), "-f", "application/pdf", "Vaktbok label printer"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: answers(self.ipp_port), 10, "ippeveprinter listening")

    def stop_printer(self):
        """The printer is unplugged: its port refuses connections."""
        self.printer.terminate()
        self.printer.wait(timeout=10)
        wait_for(lambda: not answers(self.ipp_port), 10, "ippeveprinter gone")

    def printed(self):
        """The documents the printer received, oldest first."""
        return sorted(self.output.glob("*.pdf"), key=lambda path: int(path.name.split("-")[0]))

    def spooled_in_cups(self):
        """Document files CUPS still holds (PreserveJobFiles No: none once a job is done)."""
        return sorted((self.folder / "spool").glob("d*"))

    def stop(self):
        for process in (self.printer, self.cupsd):
            if process and process.poll() is None:
                process.terminate()
                process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


def page_sizes_mm(pdf):
    """Each page's (width, height) in millimetres, from pdfinfo."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True).stdout
    sizes = []
    for line in info.splitlines():
        if line.startswith("Page") and "size:" in line:
            words = line.split()
            sizes.append((round(float(words[3]) * 25.4 / 72, 1), round(float(words[5]) * 25.4 / 72, 1)))
    return sizes


def qr_codes(pdf, folder, dots_per_inch=300):
    """Every QR code zbarimg reads on the pages rasterised at the printer's resolution, as pdftoppm does for a driver."""
    prefix = pathlib.Path(folder) / "page"
    subprocess.run(["pdftoppm", "-r", str(dots_per_inch), "-png", "-mono", str(pdf), str(prefix)], check=True)
    codes = []
    for page in sorted(pathlib.Path(folder).glob("page*.png")):
        codes += subprocess.run(["zbarimg", "--quiet", "--raw", str(page)], capture_output=True, text=True).stdout.split()
    return codes
