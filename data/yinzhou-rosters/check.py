#!/usr/bin/env python3
"""Self-check of the Yinzhou rosters: do they carry the sample district?

Reads only rosters/ (openpyxl for .xlsx, the csv module for the CSV), truth.csv and
structure/ (the units to match sheet names and titles against, the links for the figures),
following docs/spec/rosters.md: header row, the unit of a sheet, the roster date, the
columns and their values, the roles vocabulary, snapshots that end the posts they no longer
list. It re-derives the posts in force on 2026-06-30 and compares them with ../yinzhou (same
person, unit, role, since), compares the history the older rosters build, checks every
person's attributes, recomputes the sample's figures, and simulates the spec's evidence
table to count what an import leaves in the review queue. Exits 1 on any mismatch.

Usage: /usr/bin/python3 check.py
"""

import csv
import datetime
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROSTERS = os.path.join(HERE, "rosters")
SAMPLE = os.path.join(HERE, "..", "yinzhou")
SNAP = "2026-06-30"
TODAY = max(datetime.date.today().isoformat(), SNAP)  # the date of an undated roster

failures = []


def expect(label, ok, detail=""):
    print("  %-4s %s%s" % ("ok" if ok else "FAIL", label, ("  " + detail) if detail and not ok else ""))
    if not ok:
        failures.append(label)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


units = {u["id"]: u for u in read_csv(os.path.join(HERE, "structure", "units.csv"))}
links = read_csv(os.path.join(HERE, "structure", "links.csv"))

# ---------------------------------------------------------------------------------------
# Normalization (spec: names and headers)
# ---------------------------------------------------------------------------------------

FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
FOLD.update({ord(c): "·" for c in "•・‧"})


def norm(s):
    return re.sub(r"\s+", "", str(s).translate(FOLD))


def norm_head(s):
    return re.sub(r"\(必填\)$", "", norm(s))


def street_of(uid):
    while uid:
        if units[uid]["type"] == "STREET_COMMITTEE":
            return uid
        uid = units[uid]["parent_id"]
    return ""


names = {}
for u in units.values():
    for n in [u["name"]] + [a for a in u["aliases"].split("|") if a]:
        names.setdefault(norm(n), set()).add(u["id"])


def resolve_unit(text, where):
    t = norm(text)
    for cand in (t, re.sub(r"\(.*?\)", "", t)):
        if len(names.get(cand, ())) == 1:
            return next(iter(names[cand]))
    # Full text: the longest stored name or alias the text contains, if it names one unit.
    inside = [n for n in names if n in t]
    if inside:
        best = max(map(len, inside))
        hits = set().union(*(names[n] for n in inside if len(n) == best))
        if len(hits) == 1:
            return next(iter(hits))
    raise SystemExit("%s: no single unit for %r" % (where, text))


# ---------------------------------------------------------------------------------------
# Columns and values
# ---------------------------------------------------------------------------------------

SYN = {"姓名": "name", "性别": "gender", "出生年月": "birth", "出生日期": "birth", "出生年份": "birth",
       "政治面貌": "party", "入党时间": "psince", "职务": "duty", "职位": "duty", "担任职务": "duty", "现任职务": "duty",
       "联系电话": "phone", "手机": "phone", "手机号码": "phone", "电话": "phone", "任职时间": "term", "任期": "term",
       "任职起止": "term", "身份证号": "id", "身份证号码": "id", "公民身份号码": "id", "住址": "home", "居住小区": "home",
       "家庭住址": "home", "备注": "note", "单位": "unit", "所在单位": "unit", "所属组织": "unit"}
VOCAB = {"书记": "SECRETARY", "副书记": "DEPUTY_SECRETARY", "主任": "DIRECTOR", "副主任": "DEPUTY_DIRECTOR",
         "委员": "MEMBER", "成员": "MEMBER", "兼职委员": "MEMBER", "业主代表": "OWNER_REP",
         "项目经理": "MANAGER", "经理": "MANAGER", "负责人": "MANAGER", "第一书记": "FIRST_SECRETARY",
         "首席联络官": "CHIEF_LIAISON", "法律顾问": "LEGAL_ADVISOR", "网格员": "GRID_WORKER",
         "专职网格员": "GRID_WORKER", "律师": "LAWYER", "志愿者": "VOLUNTEER", "报到党员": "REPORTED_MEMBER"}
PARTY_YES = {"中共党员", "中共预备党员", "党员"}
PARTY_NO = {"群众", "共青团员", "无党派人士", "民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员",
            "致公党党员", "九三学社社员", "台盟盟员"}
DATE = re.compile(r"(\d{4})(?:[.\-/年](\d{1,2})(?!\d)月?(?:[.\-/](\d{1,2})(?!\d)|(\d{1,2})日)?)?")


def role_of(title, unit_type, where):
    keys = [k for k in VOCAB if title.endswith(k)]
    if not keys:
        raise SystemExit("%s: unknown title %r" % (where, title))
    role = VOCAB[max(keys, key=len)]
    return "CHAIR" if role == "DIRECTOR" and unit_type == "OWNERS_COMMITTEE" else role


def partial(y, m=None, d=None):
    return "%s%s%s" % (y, "-%02d" % int(m) if m else "", "-%02d" % int(d) if d else "")


def parse_date(text, where):
    """A date at the start of text, as a partial ISO date; and the rest of the text."""
    m = DATE.match(text)
    if not m:
        raise SystemExit("%s: cannot read %r" % (where, text))
    out = partial(m.group(1), m.group(2), m.group(3) or m.group(4))
    datetime.date.fromisoformat(out + "-01-01"[len(out) - 4:] if len(out) < 10 else out)
    return out, text[m.end():]


def parse_term(v, where):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat(), None
    since, rest = parse_date(norm(v), where)
    rest = rest.lstrip("-—~～至")
    if rest in ("", "今"):
        return since, None
    until, rest = parse_date(rest, where)
    if rest:
        raise SystemExit("%s: cannot read %r" % (where, v))
    return since, until


def parse_birth(v, where):
    if isinstance(v, datetime.datetime):
        return v.year, v.month
    if isinstance(v, (int, float)):
        v = str(int(v))
    t = norm(v)
    if re.fullmatch(r"\d{6}", t):
        return int(t[:4]), int(t[4:])
    d, rest = parse_date(t, where)
    return int(d[:4]), int(d[5:7]) if len(d) >= 7 else None


def parse_phone(v):
    if isinstance(v, (int, float)):
        v = str(int(v))
    digits = re.sub(r"\D", "", norm(v))
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) == 11 + len(prefix):
            digits = digits[len(prefix):]
    return digits


# ---------------------------------------------------------------------------------------
# Reading the rosters
# ---------------------------------------------------------------------------------------

def cell_text(v):
    return "" if v is None else str(v).strip()


def read_grid(grid, file, sheet, fallback_name):
    """Mentions of one sheet: (unit source, roster date, [mention])."""
    where = "%s!%s" % (file, sheet)
    hr = next(i for i, row in enumerate(grid) if any(norm_head(c) in ("姓名",) for c in map(cell_text, row)))
    cols = {}
    for c, v in enumerate(grid[hr]):
        key = SYN.get(norm_head(cell_text(v)))
        if key:
            cols[key] = c
    titles = [[cell_text(v) for v in row if cell_text(v)] for row in grid[:hr]]
    titles = [t for t in titles if t]
    day = None
    for t in titles:
        for text in t:
            m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
            if m and not day:
                day = partial(*m.groups())
    unit = source = None
    if "unit" not in cols:
        cell = next((text for t in titles for text in t if norm(text).startswith("单位:")), None)
        if cell:
            unit, source = resolve_unit(norm(cell)[3:], where), "cell"
        elif titles:
            unit, source = resolve_unit(titles[0][0], where), "title"
        else:
            unit, source = resolve_unit(fallback_name, where), "sheet" if sheet else "file"
    else:
        source = "column"
    out = []
    for i in range(hr + 1, len(grid)):
        row = grid[i]
        get = lambda k: row[cols[k]] if k in cols and cols[k] < len(row) and cell_text(row[cols[k]]) != "" else None
        if not any(cell_text(v) for v in row):
            continue
        rw = "%s!%s%d" % (where, "", i + 1)
        u = resolve_unit(cell_text(get("unit")), rw) if source == "column" else unit
        since, until = parse_term(get("term"), rw) if get("term") is not None else (None, None)
        party = None
        if get("party") is not None:
            p = norm(get("party"))
            if p not in PARTY_YES | PARTY_NO:
                raise SystemExit("%s: 政治面貌 %r" % (rw, p))
            party = p in PARTY_YES
        out.append({"file": file, "sheet": sheet, "row": i + 1, "written": str(get("name")),
                    "raw": get("name"), "name": norm(get("name")), "unit": u, "day": day,
                    "roles": [role_of(t, units[u]["type"], rw) for t in re.split(r"[、，,;；]", norm(get("duty"))) if t],
                    "since": since, "until": until, "gender": get("gender"),
                    "birth": parse_birth(get("birth"), rw) if get("birth") is not None else None,
                    "party": party, "psince": parse_date(norm(get("psince")), rw)[0] if get("psince") is not None else None,
                    "phone": parse_phone(get("phone")) if get("phone") is not None else None,
                    "id": norm(get("id")).upper() if get("id") is not None else None})
    return source, day, out


def detect_csv(path):
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "GB18030"


folders = sorted(d for d in os.listdir(ROSTERS) if os.path.isdir(os.path.join(ROSTERS, d)))
rosters = []  # (folder, file, sheet, source, day, mentions)
encodings = {}
for folder in folders:
    for fn in sorted(os.listdir(os.path.join(ROSTERS, folder))):
        path, file = os.path.join(ROSTERS, folder, fn), folder + "/" + fn
        if fn.endswith(".csv"):
            text, enc = detect_csv(path)
            encodings[file] = enc
            grid = list(csv.reader(text.splitlines()))
            rosters.append((folder, file) + ("",) + read_grid(grid, file, "", os.path.splitext(fn)[0]))
        else:
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                grid = [list(r) for r in ws.iter_rows(min_row=1, max_row=ws.max_row, values_only=True)]
                rosters.append((folder, file, ws.title) + read_grid(grid, file, ws.title, ws.title))
mentions = [m for r in rosters for m in r[5]]
print("read %d files, %d sheets, %d mentions; CSV encodings: %s" % (
    len({r[1] for r in rosters}), len(rosters), len(mentions), encodings))

# ---------------------------------------------------------------------------------------
# Truth: every mention is there, with the name as written and the unit
# ---------------------------------------------------------------------------------------

truth = {(t["file"], t["sheet"], int(t["row"])): t for t in read_csv(os.path.join(HERE, "truth.csv"))}
bad = [m for m in mentions if (m["file"], m["sheet"], m["row"]) not in truth
       or truth[(m["file"], m["sheet"], m["row"])]["name"] != m["written"]
       or truth[(m["file"], m["sheet"], m["row"])]["unit_id"] != m["unit"]]
expect("every roster row is in truth.csv with its name as written and its unit (%d)" % len(mentions), not bad,
       str([(m["file"], m["sheet"], m["row"]) for m in bad[:3]]))
expect("every truth.csv row is a roster row", len(truth) == len(mentions))
for m in mentions:
    m["pid"] = truth[(m["file"], m["sheet"], m["row"])]["person_id"]

# ---------------------------------------------------------------------------------------
# Snapshots, oldest folder first: posts keyed by (person, unit, role, since)
# ---------------------------------------------------------------------------------------

store = {}   # unit -> {(pid, role, since): until or None}
last = {}
refused = []
for folder in folders:
    seen = set()
    for f, file, sheet, source, day, ms in [r for r in rosters if r[0] == folder]:
        by_unit = {}
        for m in ms:
            by_unit.setdefault(m["unit"], []).append(m)
        for u, us in by_unit.items():
            assert (folder, u) not in seen, (folder, u)
            seen.add((folder, u))
            d = day or TODAY
            if u in last and d < last[u]:
                refused.append((file, sheet, u))
                continue
            last[u] = d
            posts_u = store.setdefault(u, {})
            listed = set()
            for m in us:
                for role in m["roles"]:
                    key = (m["pid"], role, m["since"])
                    listed.add(key)
                    if key not in posts_u or m["until"]:
                        posts_u[key] = m["until"]
            end = (datetime.date.fromisoformat(d) - datetime.timedelta(days=1)).isoformat()
            for key, until in posts_u.items():
                if until is None and key not in listed:
                    posts_u[key] = end
expect("no roster is older than one imported before it for its unit", not refused, str(refused[:3]))


def full(s, end=False):
    if s is None or len(s) == 10:
        return s
    if len(s) == 7:
        y, m = map(int, s.split("-"))
        if not end:
            return s + "-01"
        nxt = datetime.date(y + m // 12, m % 12 + 1, 1)
        return (nxt - datetime.timedelta(days=1)).isoformat()
    return s + ("-12-31" if end else "-01-01")


derived = [(pid, u, role, since, until) for u, ps in store.items() for (pid, role, since), until in ps.items()]
live = {(pid, u, role, since) for pid, u, role, since, until in derived
        if full(since) <= SNAP and (until is None or full(until, True) >= SNAP)}

sample_posts = [p for p in read_csv(os.path.join(SAMPLE, "posts.csv")) if p["role"] != "REPORTED_MEMBER"]
sample_people = {p["id"]: p for p in read_csv(os.path.join(SAMPLE, "people.csv"))}
sample_live = {(p["person_id"], p["unit_id"], p["role"], p["since"]) for p in sample_posts
               if p["since"] <= SNAP and (not p["until"] or p["until"] >= SNAP)}


def fits(since_written, since_sample):
    return since_sample.startswith(since_written)


matched, month_only = set(), 0
unmatched = []
by_key = {}
for k in sample_live:
    by_key.setdefault(k[:3], []).append(k[3])
for pid, u, role, since in live:
    hit = [s for s in by_key.get((pid, u, role), []) if fits(since, s)]
    if len(hit) == 1 and (pid, u, role, hit[0]) not in matched:
        matched.add((pid, u, role, hit[0]))
        month_only += len(since) < 10
    else:
        unmatched.append((pid, u, role, since))
print("posts in force on %s: rosters %d, sample %d" % (SNAP, len(live), len(sample_live)))
expect("every roster post in force is a sample post in force (person, unit, role, since)", not unmatched, str(unmatched[:3]))
expect("every sample post in force is on a roster", matched == sample_live, str(sorted(sample_live - matched)[:3]))
print("       since written to the day: %d, to the month only (the 1st in the sample): %d" % (len(matched) - month_only, month_only))

# History: ended posts the rosters build, against the sample's.
sample_ended = [p for p in sample_posts if p["until"] and p["until"] < SNAP]
hist = [(pid, u, role, since, until) for pid, u, role, since, until in derived if until is not None and full(until, True) < SNAP]
exact = month = other = 0
diffs = []
for pid, u, role, since, until in hist:
    s = [p for p in sample_ended if (p["person_id"], p["unit_id"], p["role"]) == (pid, u, role) and fits(since, p["since"])]
    if len(s) == 1 and s[0]["until"] == until:
        exact += 1
    elif len(s) == 1 and s[0]["until"].startswith(until):
        month += 1
    else:
        other += 1
        diffs.append((pid, u, role, since, until))
print("history: sample posts ended before %s: %d; built by the rosters: %d (until to the day %d, to the month %d)"
      % (SNAP, len(sample_ended), len(hist), exact, month))
expect("every ended post the rosters build is a sample post with its end", not diffs, str(diffs[:3]))
print("       lost to the rosters (ended before any roster lists them): %d" % (len(sample_ended) - len(hist)))

# ---------------------------------------------------------------------------------------
# People: what the mentions say about each person agrees with the sample
# ---------------------------------------------------------------------------------------

variants, wrong = [], []
ids = {}
for m in mentions:
    p = sample_people[m["pid"]]
    if m["name"] != p["name"]:
        variants.append((m["written"], p["name"], m["file"], m["sheet"], m["row"]))
    if m["gender"] is not None and m["gender"] != p["gender"]:
        wrong.append(("gender", m["pid"]))
    if m["birth"] and m["birth"][0] != int(p["birth_year"]):
        wrong.append(("birth", m["pid"]))
    if m["phone"] is not None and m["phone"] != p["phone"]:
        wrong.append(("phone", m["pid"], m["phone"]))
    if m["psince"] is not None and not p["party_since"].startswith(m["psince"]):
        wrong.append(("party_since", m["pid"]))
    if m["party"] is not None and m["party"] != (p["party_member"] == "true"):
        # an older roster may show someone who joined the party later as not yet a member
        if not (m["day"] and p["party_since"] and p["party_since"] > m["day"]):
            wrong.append(("party", m["pid"]))
    if m["id"]:
        ids.setdefault(m["id"], set()).add(m["pid"])
births = {}
for m in mentions:
    if m["birth"] and m["birth"][1]:
        births.setdefault(m["pid"], set()).add(m["birth"])
expect("gender, birth year, phone, party, 入党时间 agree with the sample on every mention", not wrong, str(wrong[:3]))
expect("one birth month per person across rosters", all(len(v) == 1 for v in births.values()))
expect("one ID number per person, never shared (%d numbers)" % len(ids), all(len(v) == 1 for v in ids.values())
       and len(ids) == len({next(iter(v)) for v in ids.values()}))
print("       names written differently from the sample (after normalization): %s" % variants)
party = {}
for m in sorted(mentions, key=lambda m: m["file"]):  # the newest folder last
    if m["party"] is not None:
        party[m["pid"]] = m["party"]

# ---------------------------------------------------------------------------------------
# Figures, from the derived posts and structure/links.csv
# ---------------------------------------------------------------------------------------


def cross(posts_live, scope="yz.minglou"):
    held = {}
    for pid, u, role, since in posts_live:
        held.setdefault(u, set()).add(pid)
    serves = [l for l in links if l["type"] == "SERVES" and l["since"] <= SNAP and (not l["until"] or l["until"] >= SNAP)]
    cps = [u for u in units.values() if u["type"] == "COMPOUND" and street_of(u["id"]) == scope]
    with_oc = crossed = 0
    persons = set()
    for cp in cps:
        ocs = [u for u in units if units[u]["type"] == "OWNERS_COMMITTEE" and units[u]["parent_id"] == cp["id"]]
        pcs = [l["from_id"] for l in serves if l["to_id"] == cp["id"]]
        com = cp["parent_id"]
        sides = [set().union(*(held.get(u, set()) for u in grp)) for grp in (ocs, pcs, [com, com + ".rc"])]
        here = {p for p in set().union(*sides) if sum(p in s for s in sides) >= 2}
        with_oc += bool(ocs)
        crossed += bool(here)
        persons |= here
    return len(cps), with_oc, crossed, len(persons)


def fengge(posts_live, party_of):
    oc = "yz.zhonghe.chengxing.fenggechengshi.oc"
    mem = {p for p, u, r, s in posts_live if u == oc and r in ("CHAIR", "DEPUTY_DIRECTOR", "MEMBER")}
    rep = {p for p, u, r, s in posts_live if u == oc and r == "OWNER_REP"}
    return (len(mem), sum(party_of(p) for p in mem)), (len(rep), sum(party_of(p) for p in rep))


expect("明楼 (compounds, with owners committee, with cross-appointment, people) = (21, 15, 14, 22)",
       cross(live) == (21, 15, 14, 22), str(cross(live)))
fg = fengge(live, lambda p: party[p])
expect("风格城事 owners committee: 9 members, 7 party members; 36 owner representatives, 25 party members",
       fg == ((9, 7), (36, 25)), str(fg))

# ---------------------------------------------------------------------------------------
# Who is who: the spec's evidence table, in import order (folders, files, sheets, rows)
# ---------------------------------------------------------------------------------------

persons = []  # dict(names, phones, ids, ym, gy, streets, pids)
owner = {}
stats = {"certain": 0, "probable": 0, "new": 0}
candidates = []


def street_of_mention(m):
    return street_of(m["unit"])


for m in mentions:
    ym = m["birth"] if m["birth"] and m["birth"][1] else None
    gy = (m["gender"], m["birth"][0]) if m["gender"] and m["birth"] else None
    certain = [p for p in persons if (m["id"] and m["id"] in p["ids"]) or (m["phone"] and m["name"] in p["names"] and m["phone"] in p["phones"])]
    probable = [p for p in persons if m["name"] in p["names"] and ((ym and ym in p["ym"]) or (gy and gy in p["gy"]))]
    if certain:
        target, kind = certain[0], "certain"
    elif len(probable) == 1:
        target, kind = probable[0], "probable"
    else:
        target, kind = None, "new"
        pending = probable + [p for p in persons if m["name"] in p["names"] and street_of_mention(m) and street_of_mention(m) in p["streets"]]
        pending += [p for p in persons if m["phone"] and m["phone"] in p["phones"] and m["name"] not in p["names"]]
    if target is None:
        target = {"names": set(), "phones": set(), "ids": set(), "ym": set(), "gy": set(), "streets": set(), "pids": set()}
        persons.append(target)
        for p in pending:
            if (id(p), id(target)) not in [(id(a), id(b)) for a, b, _ in candidates]:
                candidates.append((p, target, "name only, same street" if m["name"] in p["names"] else "same phone, different names"))
    stats[kind] += 1
    target["names"].add(m["name"])
    for k, v in (("phones", m["phone"]), ("ids", m["id"]), ("ym", ym), ("gy", gy), ("streets", street_of_mention(m))):
        if v:
            target[k].add(v)
    target["pids"].add(m["pid"])
    owner[id(m)] = target

false_merges = [p for p in persons if len(p["pids"]) > 1]
print("who is who, simulated: %d mentions: %d certain, %d probable, %d new people, %d candidates (%s)" % (
    len(mentions), stats["certain"], stats["probable"], stats["new"], len(candidates),
    ", ".join("%d %s" % (sum(c[2] == k for c in candidates), k) for k in sorted({c[2] for c in candidates}))))
expect("no automatic merge joins two sample people", not false_merges)
same = [c for c in candidates if c[0]["pids"] == c[1]["pids"]]
expect("every candidate is SAME by the truth (the sample has no namesakes)", len(same) == len(candidates))
# Decide per truth: SAME joins the two; afterwards every sample person must be exactly one person.
root = {id(p): id(p) for p in persons}


def find(x):
    while root[x] != x:
        x = root[x]
    return x


for a, b, _ in same:
    root[find(id(a))] = find(id(b))
groups = {}
for p in persons:
    groups.setdefault(find(id(p)), set()).update(p["pids"])
pids = {m["pid"] for m in mentions}
expect("after deciding the candidates per truth.csv: %d people, one per sample person (%d)" % (len(groups), len(pids)),
       len(groups) == len(pids) and all(len(g) == 1 for g in groups.values()))
# Before deciding: the split people count as two, so the figures can differ.
before = {(id(owner[id(m)]), m["unit"], r, m["since"]) for m in mentions for r in m["roles"]
          if (m["pid"], m["unit"], r, m["since"]) in live}
print("       明楼 before any decision: %s (after: %s)" % (cross(before), cross(live)))

print("%s: %d checks failed" % ("FAILED" if failures else "OK", len(failures)))
sys.exit(1 if failures else 0)
