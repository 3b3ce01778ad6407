#!/usr/bin/env python3
"""speaker_probes_r27.py BIN [PROBES] [-v]: SPK27's speaker probes (round 27). Each line of PROBES (default
scripts/speaker_probes_r27.tsv) is `persons<TAB>organizations<TAB>sentence(s)`: the person speakers a reader should
give and the speaker organisations (institutions named as narasumber with no person of them named), each joined by
`; ` (`-` for none), and the sentences (` || ` a paragraph break, ` |n ` a line break). Each probe is wrapped in the
same short training report as round 26's (a village's skills training, no speaker of its own) and extracted; a probe
is right when the record's persons are exactly the expected ones (as a set), and its organisations the expected ones
(as a set). Prints the wrong ones and the counts; -v lists every probe. WARTA_RULES=DIR passes --rules DIR."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if a != "-v"]
binary = os.path.abspath(args[0])
probes = args[1] if len(args) > 1 else os.path.join(HERE, "speaker_probes_r27.tsv")
HEAD = ("Pelatihan Keterampilan bagi Warga Desa Sukamaju\n\nGARUT - Pemerintah Desa Sukamaju menggelar pelatihan "
        "keterampilan bagi 30 warga di aula kantor desa, Selasa (14/10/2025).\n\n")
TAIL = "\n\nPelatihan berlangsung selama tiga hari.\n"
items = []
with tempfile.TemporaryDirectory() as d:
    for i, line in enumerate(open(probes, encoding="utf-8")):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        persons, orgs, sentence = line.split("\t", 2)
        items.append((i, persons, orgs, sentence))
        with open(os.path.join(d, f"p{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(HEAD + sentence.replace(" || ", "\n\n").replace(" |n ", "\n") + TAIL)
    extra = ["--rules", os.environ["WARTA_RULES"]] if os.environ.get("WARTA_RULES") else []
    out = subprocess.run([binary, "extract", d, "--output", "-", "--jobs", "1"] + extra, capture_output=True, text=True,
                         cwd=d).stdout
got = {}
for line in out.splitlines():
    r = json.loads(line)
    sp = (r.get("event") or {}).get("speakers", [])
    got[r["document"]["id"]] = ("; ".join(s["name"] for s in sp if s.get("kind") == "person") or "-",
                                sorted(s["name"] for s in sp if s.get("kind") == "organization"))
okp = oko = both = 0
for i, persons, orgs, sentence in items:
    gp, go = got.get(f"p{i:03d}", ("?", ["?"]))
    want_orgs = sorted(o for o in orgs.split("; ") if o and o != "-")
    rp, ro = sorted(gp.split("; ")) == sorted(persons.split("; ")), go == want_orgs
    okp += rp; oko += ro; both += rp and ro
    if not (rp and ro) or "-v" in sys.argv:
        print(("OK  " if rp and ro else "BAD ") + f"line {i + 1}: expected {persons} | {orgs} ; got {gp} | "
              f"{'; '.join(go) or '-'} :: {sentence[:120]}")
print(f"{both}/{len(items)} probes right (persons {okp}, organisations {oko})")
