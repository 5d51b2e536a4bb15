"""Writes the JMeter JTL and k6 summary fixtures (see ../README.md): neither tool runs on this machine.

The JTL has the columns and value formats of JMeter's default CSV output (jmeter.save.saveservice defaults);
the k6 files have the shape of `k6 run --summary-export`. Response times are log-normal, seeded, so the files
are the same on every run of this script. Usage: python3 make_load_fixtures.py (writes into ..)
"""
import json
import random

HEADER = ("timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,"
          "bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect")


def jtl(path, seed, slowdown, error_every):
    rng = random.Random(seed)
    rows = [HEADER]
    t = 1765100000000
    for i in range(300):
        for label, median, code in (("home", 20.0, "200"), ("search", 45.0, "200")):
            elapsed = int(rng.lognormvariate(0, 0.35) * median * slowdown)
            ok = not (label == "search" and error_every and i % error_every == 0)
            code = code if ok else "500"
            message = "OK" if ok else "Internal Server Error"
            url = "http://127.0.0.1:18080/" + ("" if label == "home" else "search?q=%d" % i)
            rows.append("%d,%d,%s,%s,%s,users 1-%d,text,%s,,%d,120,4,4,%s,%d,0,%d" % (
                t, elapsed, label, code, message, i % 4 + 1, "true" if ok else "false", 512, url,
                max(elapsed - 2, 0), 1 if i < 4 else 0))
            t += 7
    with open(path, "w") as out:
        out.write("\n".join(rows) + "\n")


def k6(path, p95, p99, failed, total):
    metrics = {
        "http_req_duration": {"avg": p95 * 0.45, "min": 3.1, "med": p95 * 0.4, "max": p95 * 2.5,
                              "p(90)": p95 * 0.85, "p(95)": p95},
        "http_req_failed": {"passes": failed, "fails": total - failed, "value": failed / total},
        "http_reqs": {"count": total, "rate": total / 30.0},
        "iterations": {"count": total, "rate": total / 30.0},
    }
    if p99 is not None:
        metrics["http_req_duration"]["p(99)"] = p99
    with open(path, "w") as out:
        json.dump({"root_group": {"name": "", "path": "", "id": "d41d8cd98f00b204e9800998ecf8427e", "groups": {},
                                  "checks": {}}, "metrics": metrics}, out, indent=4)


jtl("../jmeter-run1.jtl", 1, 1.0, 0)
jtl("../jmeter-run2.jtl", 2, 1.0, 0)
jtl("../jmeter-slow.jtl", 3, 1.3, 25)
k6("../k6-run1.json", 180.0, 260.0, 3, 1200)
k6("../k6-slow.json", 240.0, None, 40, 1180)
