"""Round 29 (SPK29): speaker probes, each a sentence set in a short report (expected speakers, `-` for none; TAB; the
sentence). families.tsv: the construction families of the brief and counterexamples; dev_paraphrases.tsv: the speaker
sentences of realnews dev reports written again in other constructions; more.tsv: further constructions.
Usage: python3 scripts/speaker_probes_r29/run.py BIN [RULES] [-v]  (all three files, a score per file)."""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OPENING = ("MAUMERE - Dinas Sosial Kabupaten Sikka menggelar pelatihan keterampilan bagi 30 warga di Aula Dinsos Sikka, "
           "Rabu (12/11/2025).\n\n")


def run(binary, rules, path, verbose):
    probes = [l.rstrip("\n").split("\t") for l in open(path) if l.strip() and not l.startswith("#")]
    d = tempfile.mkdtemp(prefix="spk29_")
    try:
        for i, (_, body) in enumerate(probes):
            with open(f"{d}/p{i:03d}.txt", "w") as f:
                f.write("Beranda / Berita\nPelatihan Warga Desa\n\n" + OPENING + body + "\n")
        out = f"{d}/out.jsonl"
        subprocess.run([binary, "extract", d, "--output", out] + (["--rules", rules] if rules else []), capture_output=True)
        got = {}
        for line in open(out):
            r = json.loads(line)
            got[r["document"]["id"]] = {s["name"] for s in (r.get("event") or {}).get("speakers") or []}
    finally:
        shutil.rmtree(d, ignore_errors=True)
    ok = 0
    for i, (exp, body) in enumerate(probes):
        want = set() if exp == "-" else {x.strip() for x in exp.split(";") if x.strip()}
        g = got.get(f"p{i:03d}", set())
        ok += g == want
        if g != want or verbose:
            print(("OK " if g == want else "XX ") + f"p{i:03d} want[{'; '.join(sorted(want))}] got[{'; '.join(sorted(g))}] :: {body[:100]}")
    print(f"{os.path.basename(path)}: {ok}/{len(probes)}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    for name in ("families.tsv", "dev_paraphrases.tsv", "more.tsv"):
        run(args[0], args[1] if len(args) > 1 else None, os.path.join(HERE, name), "-v" in sys.argv)
