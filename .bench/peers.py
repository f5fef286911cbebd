"""The same corpus through TextFSM and TTP, the parsers a user would otherwise pick.

Each gets a template for the feature rows of show activation-key (the bulk of the corpus), the
serial and key lines; whole input in memory, as both libraries require. Prints MB/s and peak RSS.
"""
import io, resource, sys, time

TEXTFSM = r"""Value Filldown SERIAL (\S+)
Value Filldown KEY (.+?)
Value FEATURE (\S.*?\S)
Value VALUE (\S+)
Value TERM (.*?)

Start
  ^Serial Number:\s+${SERIAL}
  ^Running Permanent Activation Key:\s+${KEY}\s*$$
  ^${FEATURE}\s+:\s+${VALUE}\s*${TERM}\s*$$ -> Record
"""

TTP = """
<group name="rows">
{{ feature | ORPHRASE }} : {{ value }} {{ term | ORPHRASE }}
</group>
<group name="serial">
Serial Number: {{ serial }}
</group>
"""

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def main(path):
    data = open(path, encoding="utf-8", errors="replace").read()
    mb = len(data.encode()) / 1048576
    import textfsm
    t0 = time.perf_counter()
    rows = textfsm.TextFSM(io.StringIO(TEXTFSM)).ParseText(data)
    dt = time.perf_counter() - t0
    print(f"TextFSM 2.1.0: {mb / dt:6.2f} MB/s ({dt:.2f} s, {len(rows)} rows), peak RSS {peak_mb():.0f} MB")
    from ttp import ttp
    t0 = time.perf_counter()
    parser = ttp(data=data, template=TTP)
    parser.parse()
    result = parser.result()
    dt = time.perf_counter() - t0
    print(f"TTP 0.10.1:    {mb / dt:6.2f} MB/s ({dt:.2f} s), peak RSS {peak_mb():.0f} MB")

if __name__ == "__main__":
    main(sys.argv[1])
