#!/usr/bin/env python3
"""Turn the Yinzhou sample district (../yinzhou, interchange format v1) into the rosters a
street office would really hold (roster contract: docs/spec/rosters.md).

Writes, next to this script:
  structure/  the sample's units and links as a v1 data set (people.csv and posts.csv header-only)
  rosters/    2021/, 2024/, 2026/: workbooks and one GB18030 CSV, one folder per import, oldest first
  truth.csv   every mention (file, sheet, row, name as written) -> the sample person it is
and refreshes the generated blocks of README.md.

Deterministic: standard library and openpyxl only, no randomness but hashes of ids, fixed
workbook timestamps and zip entry dates, so two runs give byte-identical files.

Usage: /usr/bin/python3 generate.py
"""

import csv
import datetime
import hashlib
import io
import os
import re
import shutil
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "yinzhou")
SNAP = "2026-06-30"  # nothing in the sample starts or ends after this day
FIXED = datetime.datetime(2026, 6, 30, 0, 0, 0)  # workbook created/modified, zip entry dates


def read(name):
    with open(os.path.join(SAMPLE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


units = {u["id"]: u for u in read("units.csv")}
people = {p["id"]: p for p in read("people.csv")}
# In-service members who report to a community (报到党员, v1.1) are kept in a register of
# their own, not on a body's roster: the rosters carry the bodies' posts only.
posts = [p for p in read("posts.csv") if p["role"] != "REPORTED_MEMBER"]
links = read("links.csv")


def in_force(p, day):
    return p["since"] <= day and (not p["until"] or p["until"] >= day)


def street_of(uid):
    while uid:
        if units[uid]["type"] == "STREET_COMMITTEE":
            return uid
        uid = units[uid]["parent_id"]
    return ""


def h(*parts):
    """A stable pseudo-random number from the given strings."""
    return int.from_bytes(hashlib.sha256("|".join(parts).encode()).digest()[:8], "big")


def iso(d):
    return d.isoformat()


def day_before(s):
    return iso(datetime.date.fromisoformat(s) - datetime.timedelta(days=1))


# ---------------------------------------------------------------------------------------
# What the sample does not hold and the rosters need: a birth month and day, an ID-card
# number (fictional: area code 330299, which no county has), a 政治面貌 for non-members.
# ---------------------------------------------------------------------------------------

def birth(pid):
    n = h("birth", pid)
    return int(people[pid]["birth_year"]), n % 12 + 1, n // 12 % 28 + 1


ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(pid):
    y, m, d = birth(pid)
    seq = int(pid[1:]) % 500 * 2 + (1 if people[pid]["gender"] == "男" else 0)  # 17th digit: odd = male
    body = "330299%04d%02d%02d%03d" % (y, m, d, seq % 1000)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]
    return body + check


DEMOCRATIC = ("民盟盟员", "九三学社社员", "民进会员")


def politics(pid, on):
    """The person's 政治面貌 on a day: 'member', 'probationary' (joined within a year),
    or the label of a non-member."""
    p = people[pid]
    if p["party_member"] == "true" and (not p["party_since"] or p["party_since"] <= on):
        if p["party_since"] and p["party_since"] > iso(datetime.date.fromisoformat(on) - datetime.timedelta(days=365)):
            return "probationary"
        return "member"
    n = h("politics", pid) % 100
    if int(p["birth_year"]) >= 1995 and n < 60:
        return "共青团员"
    if n < 9:
        return DEMOCRATIC[n % 3]
    if n < 14:
        return "无党派人士"
    return "群众"


# ---------------------------------------------------------------------------------------
# Roles: the spec's vocabulary; a 职务 is a vocabulary word or ends with one (longest wins).
# ---------------------------------------------------------------------------------------

VOCAB = {"书记": "SECRETARY", "副书记": "DEPUTY_SECRETARY", "主任": "DIRECTOR", "副主任": "DEPUTY_DIRECTOR",
         "委员": "MEMBER", "成员": "MEMBER", "兼职委员": "MEMBER", "业主代表": "OWNER_REP",
         "项目经理": "MANAGER", "经理": "MANAGER", "负责人": "MANAGER", "第一书记": "FIRST_SECRETARY",
         "首席联络官": "CHIEF_LIAISON", "法律顾问": "LEGAL_ADVISOR", "网格员": "GRID_WORKER",
         "专职网格员": "GRID_WORKER", "律师": "LAWYER", "志愿者": "VOLUNTEER", "报到党员": "REPORTED_MEMBER"}


def role_of(title, unit_type):
    keys = [k for k in VOCAB if title.endswith(k)]
    assert keys, title
    role = VOCAB[max(keys, key=len)]
    return "CHAIR" if role == "DIRECTOR" and unit_type == "OWNERS_COMMITTEE" else role


def duty(post, short):
    """(职务 as written, 备注) for a sample post; `short` drops the body's prefix (书记 for 社区党委书记)."""
    t = post["title"]
    special = {"分管领导": ("党工委副书记" if post["role"] == "DEPUTY_SECRETARY" else "党工委委员", "分管领导"),
               "中层正职": ("委员", "中层正职"), "召集人": ("主任", "召集人"), "党小组长": ("成员", "党小组长"),
               "组长": ("成员", "组长"), "护卫队队员": ("志愿者", ""), "小分队队长": ("志愿者", "队长"),
               "小分队队员": ("志愿者", ""), "合伙人": ("合伙人律师", ""), "党员": ("成员", "")}
    text, note = special.get(t, (t, ""))
    if short:
        for prefix in ("党工委", "社区党委", "社区居委会", "居委会", "业委会", "网格党支部", "共治委员会", "社区"):
            if text.startswith(prefix) and text[len(prefix):] in VOCAB:
                text = text[len(prefix):]
                break
    assert role_of(text, units[post["unit_id"]]["type"]) == post["role"], (t, text, post)
    return text, note


RANK = {r: i for i, r in enumerate(("SECRETARY", "FIRST_SECRETARY", "DEPUTY_SECRETARY", "CHAIR", "DIRECTOR",
                                    "DEPUTY_DIRECTOR", "CHIEF_LIAISON", "MANAGER", "MEMBER", "LEGAL_ADVISOR",
                                    "GRID_WORKER", "OWNER_REP", "LAWYER", "VOLUNTEER"))}


# ---------------------------------------------------------------------------------------
# Sheets
# ---------------------------------------------------------------------------------------

class Sheet:
    """One roster: a sheet of a workbook, or a CSV file (name '')."""

    def __init__(self, file, name, units_, day, source, **kw):
        self.file, self.name, self.units, self.day, self.source = file, name, units_, day, source
        self.list_day = kw.pop("list_day", day or SNAP)  # whose posts in force it lists
        self.title = kw.pop("title", "")
        self.date_text = kw.pop("date_text", "")
        self.unit_text = kw.pop("unit_text", "")
        self.term_range = kw.pop("term_range", False)  # write 任期 with its end (known term)
        self.style = kw


STREETS = [("baizhang", "百丈"), ("minglou", "明楼"), ("zhonghe", "中河"), ("dongliu", "东柳"),
           ("dongsheng", "东胜"), ("xiaying", "下应")]


def kids(uid, utype):
    return sorted(u for u in units if units[u]["parent_id"] == uid and units[u]["type"] == utype)


def alias(uid, pick=0):
    """A name of the unit that names no other unit: its name, or one of its aliases."""
    names = [units[uid]["name"]] + [a for a in units[uid]["aliases"].split("|") if a]
    unique = [n for n in names if sum(n == units[u]["name"] or n in units[u]["aliases"].split("|")
                                      for u in units) == 1]
    return unique[pick % len(unique)]


def dated(day):
    d = datetime.date.fromisoformat(day)
    return "%d年%d月%d日" % (d.year, d.month, d.day)


has_posts = {p["unit_id"] for p in posts if not p["until"]}
ended = [p for p in posts if p["until"]]
FG = "yz.zhonghe.chengxing.fenggechengshi"
FG_OC = FG + ".oc"
KQ_OC = next(p["unit_id"] for p in ended if p["until"] == "2024-05-31")  # 康桥公寓: re-elected 2024-06-01
QF = "yz.minglou.qingfeng"
TG = "yz.dongliu.taigu"
CQT_RC = "yz.minglou.changqingteng.rc"
TERM_OCS = ["yz.baizhang.huachuan.xinhejiayuan.oc", "yz.zhonghe.huacheng.zhangshujingyuan.oc",
            "yz.dongsheng.xincheng.jinseyayuan.oc"]  # previous term 2016.06-2021.05, on a 2020 roster
NAME_ONLY = {"yz.minglou.%s.ljhy" % c for c in ("changqingteng", "mingnan", "qingfeng", "hefeng", "zhaohui")} \
    | {"yz.zhonghe.chengxing.gzw"}

sheets = []

# Rotations: each sheet of the street workbooks takes the next value of each, so every
# variant occurs and neighbouring sheets differ.
PHONES = ["dash", "plain", "plus86", "fullwidth", "space", None, "number", "plus86dash", "plain", "0086", "dash"]
BIRTHS = ["dot", "dash", "cn", "compact", "excel", "dot", "compact_num", "year", "cn"]
PARTY = ["full", "short", "full"]
PSINCE = ["dot_day", None, "dash_day", "dot_month", "cn_month", "dot_day"]
TERMS = ["dot", "cn_open", "dash_open", "month_open", "dot", "excel", "cn_open"]
PADS = ["ascii", "", "", "ideo", "", "trail", ""]
HEAD = [0, 1, 2, 0, 3, 1, 0, 2]
counter = [0]


def rotate(**fixed):
    i = counter[0]
    counter[0] += 1
    st = {"phone": PHONES[i % len(PHONES)], "birth": BIRTHS[i % len(BIRTHS)], "party": PARTY[i % len(PARTY)],
          "psince": PSINCE[i % len(PSINCE)], "term": TERMS[i % len(TERMS)], "pad": PADS[i % len(PADS)],
          "head": HEAD[i % len(HEAD)], "gender": True, "idcol": False, "short": i % 2 == 1, "note": True,
          "merge": "", "blank": False}
    st.update(fixed)
    return st


def street_sheets(file, skey, scn):
    sid = "yz." + skey
    out = []
    title_cell = lambda u: dict(unit_text=alias(u, 1))
    out.append(Sheet(file, alias(sid), [sid], SNAP, "cell", title="%s街道党工委班子成员名单" % scn,
                     date_text="截至" + dated(SNAP), unit_text=alias(sid, 2), **rotate()))
    for cid in kids(sid, "COMMUNITY_COMMITTEE"):
        if cid not in has_posts:
            continue  # 兴宁 (dissolved 2019): its posts ended before every roster here
        ccn = units[cid]["name"][:-2]  # 常青藤社区
        k = counter[0]
        if cid == QF:
            out.append(Sheet(file, alias(cid, 1), [cid], SNAP, "title", title="%s党委委员名单" % units[cid]["name"][:-2],
                             date_text="截至" + dated(SNAP), **rotate(merge="group")))
        elif cid == TG:
            out.append(Sheet(file, alias(cid, 1), [cid], "2023-05-01", "title",
                             title="%s街道%s党委委员名单（2023年5月1日调整）" % (scn, ccn), **rotate()))
        elif k % 3 == 0:
            out.append(Sheet(file, alias(cid, 1), [cid], SNAP, "title", title="%s街道%s党委委员名单" % (scn, ccn),
                             date_text="截至" + dated(SNAP), **rotate()))
        else:
            out.append(Sheet(file, alias(cid, 1), [cid], SNAP if k % 3 == 1 else None, "cell",
                             title="社区党组织委员名单", unit_text=alias(cid, k),
                             date_text="截至" + dated(SNAP) if k % 3 == 1 else "", **rotate()))
        rc = cid + ".rc"
        k = counter[0]
        out.append(Sheet(file, alias(rc, 1), [rc], SNAP if k % 2 == 0 or rc == CQT_RC else None,
                         "title" if k % 2 == 0 or rc == CQT_RC else "cell",
                         title="%s街道%s居委会成员名单（2021年换届）" % (scn, ccn), unit_text=alias(rc, k),
                         date_text="截至" + dated(SNAP) if k % 2 == 0 or rc == CQT_RC else "",
                         **rotate(idcol=skey in ("minglou", "dongsheng"))))
        for gid in kids(cid, "GRID_BRANCH"):
            out.append(Sheet(file, units[gid]["name"], [gid], None, "sheet", **rotate(note=False)))
        for cp in kids(cid, "COMPOUND"):
            for oc in kids(cp, "OWNERS_COMMITTEE"):
                if oc == FG_OC:
                    continue  # the owners committee's own file
                k = counter[0]
                title = "%s街道%s%s成员名单" % (scn, ccn, units[oc]["name"])
                st = rotate(idcol=skey in ("minglou", "zhonghe", "xiaying"))
                if k % 2:
                    out.append(Sheet(file, alias(oc, 1), [oc], SNAP, "cell", title=title, unit_text=alias(oc, k),
                                     date_text="截至" + dated(SNAP), **st))
                else:
                    out.append(Sheet(file, alias(oc, 1), [oc], SNAP, "title", title=title,
                                     date_text="截至" + dated(SNAP), **st))
        for kind in ("JOINT_MEETING", "CO_GOVERNANCE_COMMITTEE"):
            for u in kids(cid, kind):
                if u in has_posts:
                    if u in NAME_ONLY:
                        st = rotate(phone=None, birth=None, party=None, psince=None, gender=False, note=False)
                    else:
                        st = rotate()
                    out.append(Sheet(file, units[u]["name"][:31], [u], None, "sheet", **st))
    for pb in kids(sid, "PARTY_BRANCH"):
        if pb == "pc.yongcheng.pb":
            continue  # on the company's own roster
        out.append(Sheet(file, alias(pb), [pb], SNAP, "cell", title="党支部党员名单", unit_text=alias(pb),
                         date_text="截至" + dated(SNAP), **rotate()))
    if skey == "zhonghe":
        grp = kids(FG_OC, "TEAM") + [u for u in units if units[u]["type"] == "BUILDING_GROUP" and "92号楼道" in units[u]["name"]]
        grp += [t for g in grp for t in kids(g, "TEAM")]
        out.append(Sheet(file, "风格城事各小组", grp, SNAP, "column", title="风格城事小区业委会工作小组及92号楼道党小组、护卫队名单",
                         date_text="截至" + dated(SNAP), **rotate(unit_head="所属组织", gender=False, party=None, psince=None)))
    return out


for skey, scn in STREETS:
    sheets += street_sheets("2026/%s街道.xlsx" % scn, skey, scn)

# The owners committee's own roster: the 2025 election, still in force.
sheets.append(Sheet("2026/风格城事小区业委会.xlsx", "业委会委员及业主代表", [FG_OC], "2025-06-01", "title", list_day=SNAP,
                    title="风格城事小区业主委员会第二届委员及业主代表名单（2025年6月1日换届选举产生）",
                    **rotate(idcol=True, blank=True, phone="plain", birth="dot", term="month_open")))
# A property company's own roster, its party branch on a second sheet.
sheets.append(Sheet("2026/甬城物业.xlsx", "管理人员", ["pc.yongcheng"], SNAP, "cell", title="项目负责人及管理人员名单",
                    unit_text=units["pc.yongcheng"]["name"], date_text="截至" + dated(SNAP),
                    **rotate(phone="plus86", party="short")))
sheets.append(Sheet("2026/甬城物业.xlsx", "党支部", ["pc.yongcheng.pb"], SNAP, "cell", title="党支部党员名单",
                    unit_text=units["pc.yongcheng.pb"]["name"], date_text="截至" + dated(SNAP), **rotate(phone="dash")))
# The district's list of property companies' managers: one multi-unit sheet.
pcs = sorted(u for u in units if units[u]["type"] == "PROPERTY_COMPANY" and u != "pc.yongcheng")
sheets.append(Sheet("2026/物业服务企业负责人名单.xlsx", "负责人", pcs, SNAP, "column", title="鄞州区物业服务企业项目负责人名单",
                    date_text="截至" + dated(SNAP), **rotate(unit_head="单位", phone="plain", party=None, psince=None,
                                                           merge="vertical")))
# Law firms: 同舟's own workbook, 盈科's CSV export (GB18030), the others in one register.
sheets.append(Sheet("2026/同舟律师事务所.xlsx", "执业律师", ["lf.tongzhou"], SNAP, "title",
                    title="同舟律师事务所执业律师名单", date_text="截至" + dated(SNAP),
                    **rotate(phone="number", birth="excel", party=None, psince=None, merge="group", term="excel")))
sheets.append(Sheet("2026/盈科律师事务所.csv", "", ["lf.yingke"], None, "file",
                    **rotate(phone="plain", birth="dash", party=None, psince=None, term="dash_open", pad="", head=2)))
for fid in sorted(u for u in units if units[u]["type"] == "LAW_FIRM" and u not in ("lf.tongzhou", "lf.yingke")):
    k = counter[0]
    st = rotate(party=None, psince=None, phone=PHONES[counter[0] % 5] or "plain")
    if k % 2:
        sheets.append(Sheet("2026/律师事务所执业律师名册.xlsx", units[fid]["name"], [fid], None, "sheet", **st))
    else:
        sheets.append(Sheet("2026/律师事务所执业律师名册.xlsx", units[fid]["name"], [fid], SNAP, "cell",
                            title="执业律师名单", unit_text=alias(fid, k), date_text="截至" + dated(SNAP), **st))
# The lawyers' association: its committee, then one sheet per branch (no phones: the party's register).
sheets.append(Sheet("2026/鄞州区律师行业党委党员名册.xlsx", "党委", ["yz.lawyers"], SNAP, "cell", title="党委委员名单",
                    unit_text=alias("yz.lawyers", 1), date_text="截至" + dated(SNAP), **rotate()))
for bid in kids("yz.lawyers", "PARTY_BRANCH"):
    sheets.append(Sheet("2026/鄞州区律师行业党委党员名册.xlsx", units[bid]["name"], [bid], None, "sheet",
                        **rotate(phone=None, idcol=False, birth=BIRTHS[counter[0] % 4])))
sheets.append(Sheet("2026/阳光8号志愿服务小分队花名册.xlsx", "小分队", kids("yz.lawyers", "TEAM"), SNAP, "column",
                    title="“阳光8号”志愿服务小分队花名册", date_text="截至" + dated(SNAP),
                    **rotate(unit_head="所在单位", phone="plain", party=None, psince=None, extra="执业机构")))

# Older rosters: 2021 (and a 2020 register of owners committees), then 2024.
old = [
    Sheet("2021/明楼街道（2021年）.xlsx", alias(CQT_RC, 1), [CQT_RC], "2021-06-30", "title",
          title="明楼街道常青藤社区居委会成员名单（2021年换届）", date_text="截至2021年6月30日", **rotate(idcol=True)),
    Sheet("2021/明楼街道（2021年）.xlsx", alias(QF, 1), [QF], "2021-06-30", "title",
          title="庆丰社区党委委员名单（2021年换届）", date_text="截至2021年6月30日", **rotate()),
    Sheet("2021/明楼街道（2021年）.xlsx", alias(KQ_OC, 1), [KQ_OC], "2021-06-30", "title",
          title="%s成员名单（2019年换届）" % units[KQ_OC]["name"], date_text="截至2021年6月30日", **rotate(idcol=True)),
    Sheet("2021/东柳街道（2021年）.xlsx", alias(TG, 1), [TG], "2021-06-30", "cell", title="社区党组织委员名单",
          unit_text=alias(TG, 1), date_text="截至2021年6月30日", **rotate()),
    Sheet("2021/风格城事小区业委会（2020年换届）.xlsx", "业委会委员", [FG_OC], "2021-06-30", "title",
          title="风格城事小区业主委员会第一届委员名单（2020年6月换届）", date_text="截至2021年6月30日",
          **rotate(idcol=True, phone="plain", term="month_open")),
] + [Sheet("2021/鄞州区业主委员会备案名单（2020年）.xlsx", alias(oc, 1), [oc], "2020-12-31", "cell",
           title="业主委员会成员备案表", unit_text=units[oc]["name"], date_text="截至2020年12月31日", term_range=True,
           **rotate(idcol=True, term="range_month")) for oc in TERM_OCS] + [
    Sheet("2024/明楼街道（2024年）.xlsx", alias(QF, 1), [QF], "2024-01-01", "title",
          title="庆丰社区党委委员名单（2024年1月1日调整）", **rotate()),
    Sheet("2024/明楼街道（2024年）.xlsx", alias(KQ_OC, 1), [KQ_OC], "2024-06-01", "title",
          title="%s成员名单（2024年6月1日换届）" % units[KQ_OC]["name"], **rotate(idcol=True)),
]
sheets = old + sheets

# ---------------------------------------------------------------------------------------
# Rows of a sheet: the posts of its units in force on its listing day, one row per
# (person, unit, since, until); several roles of one row in one 职务 cell split by 、.
# ---------------------------------------------------------------------------------------


def sheet_rows(s):
    day = s.list_day
    got = {}
    for p in posts:
        if p["unit_id"] in s.units and in_force(p, day):
            got.setdefault((p["unit_id"], p["person_id"], p["since"], p["until"] if s.term_range else ""), []).append(p)
    rows = []
    for (uid, pid, since, until), ps in got.items():
        ps.sort(key=lambda p: RANK[p["role"]])
        rows.append({"unit": uid, "pid": pid, "since": since, "until": until, "posts": ps})
    order = {u: i for i, u in enumerate(s.units)}
    rows.sort(key=lambda r: (order[r["unit"]], RANK[r["posts"][0]["role"]], r["posts"][0]["title"] != "合伙人",
                             r["since"], r["pid"]))
    return rows


# Every post in force on SNAP is on exactly one current roster; a sheet dated before SNAP lists
# exactly what is in force on SNAP (nothing of its units changed in between).
covered = {}
for s in sheets:
    if s.file.startswith("2026/"):
        for u in s.units:
            assert u not in covered, u
            covered[u] = s
        if s.day and s.day < SNAP:
            a = {(p["unit_id"], p["person_id"], p["role"], p["since"]) for p in posts if p["unit_id"] in s.units and in_force(p, s.day)}
            b = {(p["unit_id"], p["person_id"], p["role"], p["since"]) for p in posts if p["unit_id"] in s.units and in_force(p, SNAP)}
            assert a == b, s.name
missing = {p["unit_id"] for p in posts if in_force(p, SNAP)} - set(covered)
assert not missing, missing
for s in sheets:  # a unit with an older roster has a dated current one (its end dates depend on it)
    if not s.file.startswith("2026/"):
        assert covered[s.units[0]].day, s.units

# ---------------------------------------------------------------------------------------
# Cell values
# ---------------------------------------------------------------------------------------

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def name_cell(pid, pad):
    n = people[pid]["name"]
    if pad == "ascii" and len(n) == 2:
        return n[0] + "  " + n[1]
    if pad == "ideo" and len(n) == 2:
        return n[0] + "\u3000" + n[1]
    if pad == "trail":
        return n + " "
    return n


def phone_cell(pid, style):
    ph = people[pid]["phone"]
    return {"plain": ph, "dash": "%s-%s-%s" % (ph[:3], ph[3:7], ph[7:]), "space": "%s %s %s" % (ph[:3], ph[3:7], ph[7:]),
            "plus86": "+86 %s %s %s" % (ph[:3], ph[3:7], ph[7:]), "plus86dash": "+86-" + ph, "0086": "0086 " + ph,
            "fullwidth": ph.translate(FULLWIDTH), "number": int(ph)}[style]


def birth_cell(pid, style):
    y, m, d = birth(pid)
    return {"dot": "%d.%02d" % (y, m), "dash": "%d-%02d" % (y, m), "cn": "%d年%d月" % (y, m), "compact": "%d%02d" % (y, m),
            "compact_num": int("%d%02d" % (y, m)), "excel": datetime.datetime(y, m, d), "year": y}[style]


def ymd(s):
    return datetime.date.fromisoformat(s)


def psince_cell(s, style):
    d = ymd(s)
    return {"dot_day": "%d.%02d.%02d" % (d.year, d.month, d.day), "dash_day": s, "dot_month": "%d.%02d" % (d.year, d.month),
            "cn_month": "%d年%d月" % (d.year, d.month)}[style]


def term_cell(since, until, style):
    d = ymd(since)
    if style == "range_month":
        u = ymd(until)
        assert d.day == 1 and (u + datetime.timedelta(days=1)).day == 1, (since, until)
        return "%d.%02d-%d.%02d" % (d.year, d.month, u.year, u.month)
    assert not until
    if style == "month_open" and d.day != 1:
        style = "cn_open"
    return {"dot": "%d.%02d.%02d" % (d.year, d.month, d.day), "dash_open": since + "至今",
            "cn_open": "%d年%d月%d日至今" % (d.year, d.month, d.day), "month_open": "%d年%d月至今" % (d.year, d.month),
            "excel": datetime.datetime(d.year, d.month, d.day)}[style]


PARTY_LABEL = {"full": {"member": "中共党员", "probationary": "中共预备党员"},
               "short": {"member": "党员", "probationary": "中共预备党员"}}
HEADERS = {"seq": ["序号"] * 4, "name": ["姓名", "姓  名", "姓名（必填）", "姓名"], "gender": ["性别", "性 别", "性别", "性别"],
           "party": ["政治面貌"] * 4, "psince": ["入党时间"] * 4, "duty": ["职务", "担任职务", "现任职务", "职位"],
           "term": ["任职时间", "任期", "任职起止", "任职时间"], "phone": ["联系电话", "手机", "手机号码", "电话"],
           "id": ["身份证号", "身份证号码", "公民身份号码", "身份证号"], "note": ["备注"] * 4}
BIRTH_HEAD = {"excel": "出生日期", "year": "出生年份"}

# ---------------------------------------------------------------------------------------
# Name variants: a name typed differently on one roster, with the same phone as elsewhere,
# so the review queue holds a "same phone, different names" candidate.
# ---------------------------------------------------------------------------------------

VARIANT_CHARS = {"燕": "艳", "琳": "林", "伟": "玮", "杰": "洁", "明": "铭", "峰": "锋", "婷": "亭", "静": "靜", "华": "骅"}


def layout(s):
    cols = ["seq", "name"]
    st = s.style
    if st.get("unit_head"):
        cols.append("unit")
    if st["gender"]:
        cols.append("gender")
    if st["birth"]:
        cols.append("birth")
    if st["party"]:
        cols.append("party")
        if st["psince"]:
            cols.append("psince")
    if st.get("extra"):
        cols.append("extra")
    cols += ["duty", "term"]
    if st["phone"]:
        cols.append("phone")
    if st["idcol"]:
        cols.append("id")
    if st["note"]:
        cols.append("note")
    return cols


# One variant: a 明楼 owners-committee member who also sits on the community side; every roster
# that lists them has phones, and only the variant's own may have ID numbers (an ID would match).
def pick_variant():
    for s in sheets:
        if not s.file.startswith("2026/") or units[s.units[0]]["type"] != "OWNERS_COMMITTEE":
            continue
        if "phone" not in layout(s):
            continue
        for r in sheet_rows(s):
            n = people[r["pid"]]["name"]
            others = [o for o in sheets if o is not s and any(x["pid"] == r["pid"] for x in sheet_rows(o))]
            if len(n) == 3 and n[2] in VARIANT_CHARS and others and \
                    all("phone" in layout(o) and "id" not in layout(o) for o in others):
                variant = n[:2] + VARIANT_CHARS[n[2]]
                assert all(p["name"] != variant for p in people.values())
                return s, r["pid"], variant
    raise AssertionError("no person for the name variant")


VARIANT = pick_variant()

# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------

truth = []
features = {}


def feature(key, where):
    features.setdefault(key, []).append(where)


def render(s, ws=None):
    """Return the sheet as a list of rows (lists of cell values) with merges and formats,
    and record truth and features. For a CSV, ws is None."""
    st = s.style
    cols = layout(s)
    head_i = st["head"]
    heads = []
    for c in cols:
        if c == "birth":
            heads.append(BIRTH_HEAD.get(st["birth"], "出生年月"))
        elif c == "unit":
            heads.append(st["unit_head"])
        elif c == "extra":
            heads.append(st["extra"])
        else:
            heads.append(HEADERS[c][head_i])
    grid, merges, formats = [], [], {}
    ncol = len(cols)
    where = lambda r, c: "%s!%s!%s%d" % (s.file.split("/", 1)[1], s.name, get_column_letter(c + 1), r)
    if s.title:
        grid.append([s.title] + [None] * (ncol - 1))
        merges.append((1, 1, 1, ncol))
        feature("title row naming the unit" if s.source == "title" else "title row", where(1, 0))
        if re.search(r"\d+年\d+月\d+日", s.title):
            feature("roster date inside the title (%s)" % s.title[s.title.index("（"):], where(1, 0))
    if s.unit_text or s.date_text:
        row = [None] * ncol
        if s.unit_text:
            row[0] = "单位：" + s.unit_text
            merges.append((len(grid) + 1, 1, len(grid) + 1, min(4, ncol - 1)))
            feature("`单位：…` cell above the header", where(len(grid) + 1, 0))
        if s.date_text:
            row[ncol - 1 if s.unit_text else 0] = s.date_text
            if not s.unit_text:
                merges.append((len(grid) + 1, 1, len(grid) + 1, ncol))
            feature("dated title row `%s`" % re.sub(r"\d+年\d+月\d+日", "…年…月…日", s.date_text),
                    where(len(grid) + 1, ncol - 1 if s.unit_text else 0))
        grid.append(row)
    if st["merge"] == "group":
        row = [None] * ncol
        a, b = cols.index("name"), cols.index("duty")
        row[a], row[b] = "基本情况", "任职情况"
        merges += [(len(grid) + 1, a + 1, len(grid) + 1, b), (len(grid) + 1, b + 1, len(grid) + 1, ncol)]
        grid.append(row)
        feature("two-level header: merged group cells above the header row", where(len(grid), a))
    grid.append(heads)
    header_row = len(grid)
    if st["merge"] == "vertical":
        grid.append([None] * ncol)
        merges += [(header_row, c + 1, header_row + 1, c + 1) for c in range(ncol)]
        feature("header cells merged over two rows", where(header_row, 0))
    for c, hd in enumerate(heads):
        if hd not in ("序号", "姓名", "性别", "政治面貌", "入党时间", "职务", "任职时间", "联系电话", "身份证号", "备注", "出生年月"):
            feature("header synonym or variant `%s`" % hd, where(header_row, c))
    rows = sheet_rows(s)
    n = 0
    for r in rows:
        if st["blank"] and n and rows[n - 1]["posts"][0]["role"] != r["posts"][0]["role"] and \
                r["posts"][0]["role"] == "OWNER_REP":
            grid.append([None] * ncol)
            feature("blank row in the middle", where(len(grid), 0))
        n += 1
        pid = r["pid"]
        rownum = len(grid) + 1
        vals = []
        texts = [duty(p, st["short"]) for p in r["posts"]]
        for c in cols:
            v = None
            if c == "seq":
                v = n
            elif c == "name":
                v = name_cell(pid, st["pad"])
                if VARIANT[0] is s and VARIANT[1] == pid:
                    v = VARIANT[2]
                    feature("name typed differently (%s for %s), same phone" % (VARIANT[2], people[pid]["name"]),
                            where(rownum, cols.index(c)))
                elif v != people[pid]["name"]:
                    feature({"ascii": "padded two-character name (`王  伟`)", "ideo": "name padded with a full-width space (`王　伟`)",
                             "trail": "name with a trailing space"}[st["pad"]], where(rownum, cols.index(c)))
            elif c == "unit":
                v = alias(r["unit"], n)
            elif c == "gender":
                v = people[pid]["gender"]
            elif c == "birth":
                v = birth_cell(pid, st["birth"])
                feature({"dot": "出生年月 `1975.03`", "dash": "出生年月 `1975-03`", "cn": "出生年月 `1975年3月`",
                         "compact": "出生年月 `197503` (text)", "compact_num": "出生年月 `197503` (number cell)",
                         "excel": "出生日期 as an Excel date cell", "year": "出生年份: year only"}[st["birth"]],
                        where(rownum, cols.index(c)))
                if st["birth"] == "excel":
                    formats[(rownum, cols.index(c) + 1)] = "yyyy-mm-dd"
                if st["birth"] == "compact_num":
                    formats[(rownum, cols.index(c) + 1)] = "0"
            elif c == "party":
                pol = politics(pid, s.list_day)
                v = PARTY_LABEL[st["party"]].get(pol, pol)
                feature("政治面貌 `%s`%s" % (v, " (民主党派)" if pol in DEMOCRATIC else ""), where(rownum, cols.index(c)))
            elif c == "psince":
                ps = people[pid]["party_since"]
                if ps and politics(pid, s.list_day) in ("member", "probationary"):
                    v = psince_cell(ps, st["psince"])
                    feature("入党时间 %s" % {"dot_day": "`2003.07.15`", "dash_day": "`2003-07-15`",
                                         "dot_month": "`2003.07` (month only)", "cn_month": "`2003年7月` (month only)"}[st["psince"]],
                            where(rownum, cols.index(c)))
            elif c == "extra":
                v = next(units[p["unit_id"]]["name"] for p in posts if p["person_id"] == pid and p["role"] == "LAWYER" and not p["until"])
            elif c == "duty":
                v = "、".join(t for t, _ in texts)
                if len(texts) > 1:
                    feature("several posts in one 职务 cell, split by 、", where(rownum, cols.index(c)))
                elif texts[0][0] not in VOCAB:
                    feature("local title mapped by the vocabulary (`%s`)" % texts[0][0], where(rownum, cols.index(c)))
            elif c == "term":
                style = "range_month" if r["until"] else st["term"]
                v = term_cell(r["since"], r["until"], style)
                if isinstance(v, datetime.datetime):
                    formats[(rownum, cols.index(c) + 1)] = "yyyy/m/d"
                    feature("任职时间 as an Excel date cell", where(rownum, cols.index(c)))
                elif style == "range_month":
                    feature("任期 `2016.06-2021.05` (since-until)", where(rownum, cols.index(c)))
                else:
                    label = {"dot": "2021.03.15", "dash_open": "2021-03-15至今", "cn_open": "2021年3月15日至今",
                             "month_open": "2021年6月至今"}[style if "日" not in v else "cn_open"]
                    feature("任职时间 `%s`" % label, where(rownum, cols.index(c)))
            elif c == "phone":
                if h("nophone", s.file, s.name, pid) % 9 == 0 and VARIANT[1] != pid:
                    feature("phone left empty on a row", where(rownum, cols.index(c)))
                else:
                    v = phone_cell(pid, st["phone"])
                    feature({"plain": "phone `13900001234`", "dash": "phone `139-0000-1234`", "space": "phone `139 0000 1234`",
                             "plus86": "phone `+86 139 0000 1234`", "plus86dash": "phone `+86-13900001234`",
                             "0086": "phone `0086 13900001234`", "fullwidth": "phone in full-width digits",
                             "number": "phone as a number cell"}[st["phone"]], where(rownum, cols.index(c)))
                    if st["phone"] == "number":
                        formats[(rownum, cols.index(c) + 1)] = "0"
            elif c == "id":
                v = id_number(pid)
                feature("身份证号 (fictional)", where(rownum, cols.index(c)))
            elif c == "note":
                v = "；".join(nt for _, nt in texts if nt) or None
            vals.append(v)
        grid.append(vals)
        truth.append({"file": s.file, "sheet": s.name, "row": rownum, "name": vals[1], "person_id": pid,
                      "unit_id": r["unit"]})
    if not st["phone"]:
        feature("no phone column", where(header_row, 0))
    return grid, merges, formats


def save_xlsx(path, wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "generate.py"
    wb.properties.lastModifiedBy = None
    raw = io.BytesIO()
    wb.save(raw)
    # openpyxl stamps zip entries with the current time: rewrite them with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, src.read(info.filename))


def write_all():
    out = os.path.join(HERE, "rosters")
    if os.path.isdir(out):
        shutil.rmtree(out)
    files = {}
    for s in sheets:
        files.setdefault(s.file, []).append(s)
    stats = []
    for file, ss in files.items():
        path = os.path.join(out, file)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if file.endswith(".csv"):
            (s,) = ss
            grid, _, _ = render(s)
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\r\n")
            for row in grid:
                w.writerow(["" if v is None else v for v in row])
            with open(path, "wb") as f:
                f.write(buf.getvalue().encode("gb18030"))
            feature("GB18030 CSV, unit from the file name, no title rows", file.split("/", 1)[1])
            stats.append((file, "", len(grid) - 1))
            continue
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for s in ss:
            ws = wb.create_sheet(s.name)
            grid, merges, formats = render(s, ws)
            for r, row in enumerate(grid, start=1):
                for c, v in enumerate(row, start=1):
                    if v is not None:
                        cell = ws.cell(row=r, column=c, value=v)
                        if (r, c) in formats:
                            cell.number_format = formats[(r, c)]
                        elif isinstance(v, str):
                            cell.number_format = "@"
            for r1, c1, r2, c2 in merges:
                if (r1, c1) != (r2, c2):
                    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            if s.title:
                ws.cell(row=1, column=1).font = Font(bold=True, size=14)
                ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
            ws.column_dimensions["B"].width = 12
            stats.append((file, s.name, sum(1 for t in truth if t["file"] == file and t["sheet"] == s.name)))
        save_xlsx(path, wb)
    return stats


def write_csv(path, fields, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)


def write_structure():
    out = os.path.join(HERE, "structure")
    os.makedirs(out, exist_ok=True)
    for name in ("units.csv", "links.csv"):
        shutil.copyfile(os.path.join(SAMPLE, name), os.path.join(out, name))
    for name in ("people.csv", "posts.csv"):
        with open(os.path.join(SAMPLE, name), "rb") as f:
            header = f.readline()
        with open(os.path.join(out, name), "wb") as f:
            f.write(header)


stats = write_all()
write_structure()
write_csv(os.path.join(HERE, "truth.csv"), ["file", "sheet", "row", "name", "person_id", "unit_id"],
          [dict(t, name=str(t["name"])) for t in truth])

# ---------------------------------------------------------------------------------------
# What the rosters cannot carry: posts ended before SNAP that no older roster lists
# ---------------------------------------------------------------------------------------

listed = set()
for s in sheets:
    for r in sheet_rows(s):
        for p in r["posts"]:
            listed.add((p["person_id"], p["unit_id"], p["role"], p["since"]))
lost = [p for p in ended if (p["person_id"], p["unit_id"], p["role"], p["since"]) not in listed]
kept = [p for p in ended if p not in lost]
in_rosters = {t["person_id"] for t in truth}
lost_people = sorted(set(people) - in_rosters)

# ---------------------------------------------------------------------------------------
# README: refresh the generated blocks
# ---------------------------------------------------------------------------------------


def block(text, name, body):
    begin, end = "<!-- BEGIN generated: %s -->" % name, "<!-- END generated: %s -->" % name
    assert begin in text and end in text, name
    return text[:text.index(begin) + len(begin)] + "\n" + body + text[text.index(end):]


files_md = ["| file | sheets | rows (mentions) | roster date(s) |", "|---|---|---|---|"]
per_file = {}
for s in sheets:
    f = per_file.setdefault(s.file, [0, 0, set()])
    f[0] += 1
    f[1] += sum(1 for t in truth if t["file"] == s.file and t["sheet"] == s.name)
    f[2].add(s.day or "undated")
for file, (ns, nr, days) in per_file.items():
    files_md.append("| `rosters/%s` | %s | %d | %s |" % (file, "(CSV)" if file.endswith(".csv") else ns, nr, ", ".join(sorted(days))))
files_md.append("| **all** | %d | %d | |" % (sum(1 for s in sheets if s.name), len(truth)))

feat_md = ["| feature | count | where (file!sheet!cell, first ones) |", "|---|---|---|"]
for key in sorted(features):
    locs = features[key]
    feat_md.append("| %s | %d | %s |" % (key, len(locs), "<br>".join("`%s`" % w for w in locs[:3])))

units_md = ["| file | sheet | unit | found by | from the text |", "|---|---|---|---|---|"]
for s in sheets:
    if s.source == "column":
        what, txt = "%d units" % len(s.units), "`%s` column" % s.style["unit_head"]
    else:
        what = "`%s`" % s.units[0]
        txt = {"cell": "`单位：%s`" % s.unit_text, "title": "`%s`" % s.title, "sheet": "sheet name",
               "file": "file name"}[s.source]
    units_md.append("| %s | %s | %s | %s | %s |" % (s.file, s.name or "", what, s.source, txt))

history_md = ["- posts ended before %s: %d; listed by an older roster: %d; lost to the rosters: %d (%s)"
              % (SNAP, len(ended), len(kept), len(lost),
                 ", ".join("%d %s" % (n, t) for t, n in sorted(
                     {units[p["unit_id"]]["type"]: sum(units[q["unit_id"]]["type"] == units[p["unit_id"]]["type"] for q in lost)
                      for p in lost}.items()))),
              "- people of the sample on no roster (they hold only lost posts): %d of %d" % (len(lost_people), len(people)),
              "- posts in force on %s: %d, all on a current roster" % (SNAP, sum(1 for p in posts if in_force(p, SNAP)))]

readme = os.path.join(HERE, "README.md")
with open(readme, encoding="utf-8") as f:
    text = f.read()
text = block(text, "files", "\n".join(files_md) + "\n")
text = block(text, "units", "\n".join(units_md) + "\n")
text = block(text, "features", "\n".join(feat_md) + "\n")
text = block(text, "history", "\n".join(history_md) + "\n")
with open(readme, "w", encoding="utf-8", newline="\n") as f:
    f.write(text)

print("%d files, %d sheets, %d mentions of %d people; %d ended posts kept, %d lost"
      % (len(per_file), len(sheets), len(truth), len(in_rosters), len(kept), len(lost)))
