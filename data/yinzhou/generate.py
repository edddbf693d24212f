#!/usr/bin/env python3
"""Generate the Yinzhou (鄞州) sample data set for GovGraph, interchange format v1.

The structures and figures come from seed article 000_6db4a9f55f89edc1; everything the
article leaves open is invented here, deterministically (fixed seed, standard library only),
so that two runs give byte-identical CSV files. See README.md for every choice made.

Usage: python3 generate.py   (writes units.csv, people.csv, posts.csv, links.csv next to it)
"""

import csv
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20200401  # the month the first "红色管家" co-governance committee was founded
# Nothing may start or end after this day, so every figure is stable from then on.
LATEST = "2026-06-30"
ART = "article:000_6db4a9f55f89edc1"
ILL = ART + " (illustrative)"

rng = random.Random(SEED)

units = {}  # id -> row; dicts keep insertion order, so generation order is deterministic
people = {}
posts = []
links = []

CN_NUM = "一二三四五六七八九十"


# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------

def rdate(lo, hi):
    """A random ISO date in [lo, hi] (both ISO strings)."""
    a, b = date.fromisoformat(lo), date.fromisoformat(hi)
    return (a + timedelta(days=rng.randint(0, (b - a).days))).isoformat()


def latest_of(*days):
    return max(d for d in days if d)


def unit(uid, utype, name, parent=None, aliases="", sector="", founded="", dissolved="",
         note="", source=ILL):
    assert uid not in units, uid
    assert parent is None or parent in units, (uid, parent)
    assert not founded or founded <= LATEST, uid
    units[uid] = {"id": uid, "type": utype, "name": name, "parent_id": parent or "",
                  "aliases": aliases, "sector": sector, "founded": founded,
                  "dissolved": dissolved, "note": note, "source": source}
    return uid


def post(pid, uid, role, title="", since="", until="", source=ILL, place=""):
    # A post never starts before its unit exists, never after LATEST.
    founded = units[uid]["founded"]
    if founded and since and since < founded:
        since = founded
    assert since <= LATEST and until <= LATEST and (not until or until >= since), (pid, uid)
    assert not place or place in units, (pid, place)
    posts.append({"person_id": pid, "unit_id": uid, "role": role, "title": title,
                  "since": since, "until": until, "place_id": place, "source": source})


def link(a, b, ltype, since="", until="", note="", source=ILL):
    assert a in units and b in units, (a, b)
    since = latest_of(since, units[a]["founded"], units[b]["founded"])
    assert since <= LATEST and until <= LATEST and (not until or until >= since), (a, b)
    links.append({"from_id": a, "to_id": b, "type": ltype, "since": since, "until": until,
                  "note": note, "source": source})


# ---------------------------------------------------------------------------------------
# People: fictional names, fake phone numbers (139 0000 xxxx, never a real subscriber block)
# ---------------------------------------------------------------------------------------

SURNAMES = ("王陈张李林徐周胡应俞邵戴鲍竺忻史虞邬杨黄赵吴孙朱郑何罗高谢沈叶董蒋袁"
            "毛傅方金钱孔汪冯邱励乐贺郭夏顾")
MALE = "伟强磊军勇杰涛斌波辉刚明华建国平东海峰浩宇晨阳鑫鹏志文俊凯飞翔宁杭甬"
FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪慧颖洁琳倩萍红梅兰英琴丹璐瑶佳怡薇蓉晓"
_used_names = set()
_phones = rng.sample(range(10000), 10000)


def person(party=False, born=(1960, 1990), gender=None, party_since_p=0.7):
    pid = "p%05d" % (len(people) + 1)
    gender = gender or rng.choice("男女")
    chars = MALE if gender == "男" else FEMALE
    while True:
        given = rng.choice(chars) + (rng.choice(chars) if rng.random() < 0.8 else "")
        name = rng.choice(SURNAMES) + given
        if name not in _used_names:  # unique names keep the sample easy to read
            _used_names.add(name)
            break
    birth = rng.randint(*born)
    since = ""
    if party and rng.random() < party_since_p:
        since = rdate("%d-07-01" % (birth + 18), min("%d-12-31" % (birth + 40), LATEST))
    people[pid] = {"id": pid, "name": name, "party_member": "true" if party else "false",
                   "party_since": since, "gender": gender, "birth_year": str(birth),
                   "phone": "1390000%04d" % _phones[len(people)], "home_id": "",
                   "party_branch_id": "", "source": ILL}
    return pid


# ---------------------------------------------------------------------------------------
# Place names (hanzi, pinyin) for invented compounds
# ---------------------------------------------------------------------------------------

WORDS = [("锦绣", "jinxiu"), ("嘉和", "jiahe"), ("金色", "jinse"), ("阳光", "yangguang"),
         ("春晓", "chunxiao"), ("碧水", "bishui"), ("绿洲", "lvzhou"), ("惠风", "huifeng"),
         ("和美", "hemei"), ("南都", "nandu"), ("天合", "tianhe"), ("紫郡", "zijun"),
         ("东湖", "donghu"), ("海晏", "haiyan"), ("鸿翔", "hongxiang"), ("星河", "xinghe"),
         ("书香", "shuxiang"), ("桂花", "guihua"), ("樟树", "zhangshu"), ("泰和", "taihe"),
         ("景福", "jingfu"), ("新都", "xindu"), ("清河", "qinghe"), ("宁南", "ningnan"),
         ("钱湖", "qianhu"), ("甬江", "yongjiang"), ("明湖", "minghu"), ("荷花", "hehua"),
         ("枫林", "fenglin"), ("竹韵", "zhuyun"), ("长丰", "changfeng"), ("泰康", "taikang"),
         ("康桥", "kangqiao"), ("世纪", "shiji"), ("香樟", "xiangzhang"), ("湖景", "hujing"),
         ("雍景", "yongjing"), ("映月", "yingyue"), ("盛世", "shengshi"), ("怡景", "yijing"),
         ("安澜", "anlan"), ("岚山", "lanshan"), ("紫薇", "ziwei"), ("丹桂", "dangui"),
         ("锦都", "jindu"), ("新河", "xinhe"), ("丰乐", "fengle"), ("宁东", "ningdong")]
SUFFIXES = [("花园", "huayuan"), ("家园", "jiayuan"), ("新村", "xincun"), ("公寓", "gongyu"),
            ("名邸", "mingdi"), ("华庭", "huating"), ("雅苑", "yayuan"), ("景苑", "jingyuan")]
_place_pool = [(w + s, wp + sp) for w, wp in WORDS for s, sp in SUFFIXES]
rng.shuffle(_place_pool)
_used_words = set()


def place_name():
    """A compound name not used before; a fresh word stem while any is left, so that
    names like 锦绣花园 and 锦绣家园 only appear once the stems run out."""
    pick = next((i for i, (cn, _) in enumerate(_place_pool) if cn[:2] not in _used_words), 0)
    cn, py = _place_pool.pop(pick)
    _used_words.add(cn[:2])
    return cn, py


# ---------------------------------------------------------------------------------------
# District and streets (the "axis")
# ---------------------------------------------------------------------------------------

unit("yz", "DISTRICT_COMMITTEE", "中共鄞州区委",
     aliases="鄞州区委|中共宁波市鄞州区委员会|鄞州区",
     note="构建以街道党工委为轴心的“一轴多驱”组织体系；党建清单、治理清单、服务清单“三张清单”",
     source=ART)

STREET_NOTES = {
    "minglou": "21个小区成立业委会15个，实行交叉任职的小区14个，交叉任职的业委会成员和物业服务企业负责人共22名",
    "dongliu": "为辖区内各社区党组织配备1—2名青年党员任社区党组织“第一书记”",
    "dongsheng": "委派1名街道分管领导或中层正职干部担任社区“首席联络官”；党员“学习码”学习覆盖所有社区",
}
STREETS = [("baizhang", "百丈"), ("minglou", "明楼"), ("zhonghe", "中河"),
           ("dongliu", "东柳"), ("dongsheng", "东胜"), ("xiaying", "下应")]
for key, cn in STREETS:
    sid = unit("yz." + key, "STREET_COMMITTEE", cn + "街道党工委", parent="yz",
               aliases="%s街道|%s街道党工委|中共宁波市鄞州区%s街道工作委员会" % (cn, cn, cn),
               note=STREET_NOTES.get(key, ""), source=ART)
    post(person(True, (1968, 1982)), sid, "SECRETARY", "党工委书记", rdate("2018-01-01", "2023-12-31"))
    post(person(True, (1970, 1985)), sid, "DEPUTY_SECRETARY", "党工委副书记", rdate("2019-01-01", "2024-06-30"))
    for _ in range(2):
        post(person(True, (1972, 1988)), sid, "MEMBER", "党工委委员", rdate("2019-01-01", "2025-06-30"))

# ---------------------------------------------------------------------------------------
# Property companies ("红色管家"); several serve compounds in more than one street
# ---------------------------------------------------------------------------------------

PCS = [("yongcheng", "甬城"), ("mingzhu", "明珠"), ("jiahe", "嘉禾"), ("huamei", "华美"),
       ("anju", "安居"), ("hengtai", "恒泰"), ("xinyuan", "鑫源"), ("ruifeng", "瑞丰"),
       ("lanting", "兰亭"), ("jinyu", "金宇"), ("donghai", "东海"), ("tianyi", "天逸"),
       ("yinhe", "银河"), ("chunjiang", "春江"), ("guanghui", "光辉"), ("yuexiu", "悦秀"),
       ("xingguang", "星光"), ("heyue", "和悦"), ("songlin", "松林"), ("jinghu", "镜湖")]
for key, cn in PCS:
    pcid = unit("pc." + key, "PROPERTY_COMPANY", "宁波%s物业服务有限公司" % cn,
                aliases="%s物业|%s物业服务有限公司" % (cn, cn),
                founded=rdate("1998-01-01", "2012-12-31"))
    # Every company has a general manager who sits on no community body.
    post(person(rng.random() < 0.5, (1965, 1985)), pcid, "MANAGER", "总经理", rdate("2015-01-01", "2022-12-31"))
OTHER_PCS = ["pc." + k for k, _ in PCS]


# ---------------------------------------------------------------------------------------
# Communities and what lies under them
# ---------------------------------------------------------------------------------------

def make_oc(cpid, term_start, prev_term=None, n_members=None):
    """Owners committee of a compound; returns the current-term [(person, role)]."""
    oc = unit(cpid + ".oc", "OWNERS_COMMITTEE", units[cpid]["name"] + "业主委员会", parent=cpid,
              aliases=units[cpid]["name"].replace("小区", "") + "业委会",
              founded=(prev_term or (term_start,))[0])
    current = []
    n = n_members or rng.choice((5, 5, 7))  # committees have an odd number of members
    roles = ["CHAIR"] + (["DEPUTY_DIRECTOR"] if n >= 4 else []) + ["MEMBER"] * n
    titles = {"CHAIR": "业委会主任", "DEPUTY_DIRECTOR": "业委会副主任", "MEMBER": "业委会委员"}
    for role in roles[:n]:
        pid = person(rng.random() < 0.45, (1952, 1988))
        post(pid, oc, role, titles[role], term_start)
        current.append((pid, role))
    if prev_term:  # the previous term: some re-elected, the rest new faces
        start, end = prev_term
        for i, role in enumerate(roles[:n]):
            # The chair always changes at an election, so a former chair is never a current member.
            pid = current[i][0] if i > 0 and rng.random() < 0.4 else person(rng.random() < 0.4, (1950, 1985))
            post(pid, oc, role, titles[role], start, end)
    return oc, current


def grids_for(cid, cn, n_grids, compounds):
    """网格党支部 → 墙门党小组 (building groups named after a building of a compound)."""
    grids = []
    used_numbers = set()
    for g in range(1, n_grids + 1):
        gid = unit("%s.g%02d" % (cid, g), "GRID_BRANCH", "%s社区第%s网格党支部" % (cn, CN_NUM[g - 1]),
                   parent=cid, aliases="第%s网格党支部" % CN_NUM[g - 1],
                   founded=rdate("2017-01-01", "2020-12-31"))
        post(person(True, (1970, 1992)), gid, "SECRETARY", "网格党支部书记", rdate("2019-01-01", "2024-06-30"))
        post(person(rng.random() < 0.5, (1985, 2000)), gid, "GRID_WORKER", "专职网格员", rdate("2019-01-01", "2025-06-30"))
        for b in range(1, rng.randint(2, 4) + 1):
            cp_name = units[rng.choice(compounds)]["name"] if compounds else cn + "社区"
            while True:
                no = rng.randint(1, 60)
                if (cp_name, no) not in used_numbers:
                    used_numbers.add((cp_name, no))
                    break
            unit("%s.b%02d" % (gid, b), "BUILDING_GROUP", "%s%d号楼墙门党小组" % (cp_name, no),
                 parent=gid, aliases="%d号楼墙门党小组" % no)
        grids.append(gid)
    return grids


def community(street, key, cn, note="", source=ILL, founded=None):
    cid = unit("yz.%s.%s" % (street, key), "COMMUNITY_COMMITTEE", cn + "社区党委",
               parent="yz." + street, aliases="%s社区|%s社区党委" % (cn, cn), note=note,
               founded=founded or rdate("2001-01-01", "2014-12-31"), source=source)
    rc = unit(cid + ".rc", "RESIDENTS_COMMITTEE", cn + "社区居民委员会", parent=cid,
              aliases=cn + "社区居委会", founded=units[cid]["founded"])
    # The secretary also directs the residents committee (书记、主任“一肩挑”): one side only.
    sec = person(True, (1970, 1988))
    since = rdate("2016-01-01", "2021-03-31")
    post(sec, cid, "SECRETARY", "社区党委书记", since)
    post(sec, rc, "DIRECTOR", "社区居委会主任", since)
    post(person(True, (1975, 1992)), cid, "DEPUTY_SECRETARY", "社区党委副书记", rdate("2021-03-15", "2021-04-30"))
    for _ in range(rng.randint(1, 2)):
        post(person(True, (1975, 1995)), cid, "MEMBER", "社区党委委员", rdate("2021-03-15", "2021-04-30"))
    post(person(rng.random() < 0.6, (1975, 1995)), rc, "DEPUTY_DIRECTOR", "居委会副主任", rdate("2021-03-15", "2021-04-30"))
    return cid, rc, sec


def compound(cid, fixed=None, founded=None):
    cn, py = fixed or place_name()
    # Built before 2016, so every owners committee (2016 or later) is younger than its compound.
    return unit("%s.%s" % (cid, py), "COMPOUND", cn + "小区", parent=cid, aliases=cn,
                founded=founded or rdate("1995-01-01", "2015-12-31"))


def serve(pcid, cpid, since=None, until=""):
    since = since or rdate("2012-01-01", "2021-12-31")
    link(pcid, cpid, "SERVES", since, until)


# Per street: (key, 中文, number of compounds or None for random 1-6, note, source).
NOTE_HUACHUAN = "创新推行“365社区治理工作规程”：细化服务目标对象、优化服务规则流程、量化服务效益评价"
NOTE_JINGCHENG = "“智慧大脑”集成风险评估系统、楼宇信息资源；AI招商精准引进内资企业198家，注册资本38.8亿元"
NOTE_HAICHUANG = "开设“红色海海”数字化党建平台，党员主题党日到会率100%"
COMMUNITIES = {
    "baizhang": [("huachuan", "划船", None, NOTE_HUACHUAN, ART),
                 ("jingchenglouyu", "荆城楼宇", 1, NOTE_JINGCHENG, ART),
                 ("dongjiao", "东郊", None, "", ILL), ("qita", "七塔", None, "", ILL),
                 ("huaguang", "华光", None, "", ILL)],
    "minglou": [("changqingteng", "常青藤", 5, "", ILL), ("mingnan", "明南", 4, "", ILL),
                ("qingfeng", "庆丰", 4, "", ILL), ("hefeng", "和丰", 4, "", ILL),
                ("zhaohui", "朝晖", 4, "", ILL)],
    "zhonghe": [("chengxing", "城兴", 4, "辖风格城事小区（“红色业委会”，92号楼道“网红楼道”）", ART), ("huacheng", "华城", None, "", ILL),
                ("jinyuan", "锦苑", None, "", ILL), ("siji", "四季", None, "", ILL)],
    "dongliu": [("dongliufang", "东柳坊", None, "", ILL), ("huaqiaocheng", "华侨城", None, "", ILL),
                ("taigu", "太古", None, "", ILL), ("chenguang", "晨光", None, "", ILL)],
    "dongsheng": [("xincheng", "新城", None, "", ILL), ("chaoyang", "朝阳", None, "", ILL),
                  ("yinghua", "樱花", None, "", ILL), ("shijiama", "史家码", None, "", ILL)],
    "xiaying": [("haichuang", "海创", None, NOTE_HAICHUANG, ART), ("wandi", "湾底", None, "", ILL),
                ("tiantong", "天童", None, "", ILL), ("baiyan", "柏堰", None, "", ILL)],
}

comm_info = {}  # community id -> dict(rc, sec, compounds, ocs, street)

# A historic community merged into 华光 at the end of 2019: kept for history, holds no compounds.
old = unit("yz.baizhang.xingning", "COMMUNITY_COMMITTEE", "兴宁社区党委", parent="yz.baizhang",
           aliases="兴宁社区", founded="2003-05-01", dissolved="2019-12-31",
           note="2019年底并入华光社区（示例），原辖小区已划归华光社区")
unit(old + ".rc", "RESIDENTS_COMMITTEE", "兴宁社区居民委员会", parent=old, aliases="兴宁社区居委会",
     founded="2003-05-01", dissolved="2019-12-31")
_p = person(True, (1962, 1970))
post(_p, old, "SECRETARY", "社区党委书记", "2012-04-01", "2019-12-31")
post(_p, old + ".rc", "DIRECTOR", "社区居委会主任", "2012-04-01", "2019-12-31")

for street, _ in STREETS:
    for key, cn, n_cp, note, source in COMMUNITIES[street]:
        cid, rc, sec = community(street, key, cn, note, source)
        n_cp = n_cp or rng.randint(1, 6)
        cps = []
        if cid == "yz.zhonghe.chengxing":
            cps.append(compound(cid, fixed=("风格城事", "fenggechengshi"), founded="2009-10-01"))
            units[cps[-1]]["source"] = ART
        while len(cps) < n_cp:
            cps.append(compound(cid))
        comm_info[cid] = {"rc": rc, "sec": sec, "compounds": cps, "ocs": {}, "street": street}
        grids_for(cid, cn, rng.randint(2, 5), cps)

# ---------------------------------------------------------------------------------------
# 明楼: 21 compounds, 15 owners committees, 14 compounds with cross-appointment, 22 people.
# The plan is explicit so the figures hold by construction; generate() re-checks them.
# ---------------------------------------------------------------------------------------

ML = {k: "yz.minglou." + k for k in ("changqingteng", "mingnan", "qingfeng", "hefeng", "zhaohui")}
# compound index (0-based within its community) -> (has owners committee, [(company, since, until)])
MINGLOU_PLAN = {
    "changqingteng": [(True, [("yongcheng", "", "")]), (True, [("yongcheng", "", "")]),
                      # 明珠 was replaced by 嘉禾 in mid-2024: the one SERVES link that ended
                      (True, [("mingzhu", "2014-01-01", "2024-06-30"), ("jiahe", "2024-07-01", "")]),
                      (False, [("huamei", "", "")]), (True, [("huamei", "", "")])],
    "mingnan": [(True, [("anju", "", "")]), (True, [("anju", "", "")]),
                (True, [("hengtai", "", "")]), (False, [("hengtai", "", "")])],
    "qingfeng": [(True, [("xinyuan", "", "")]), (True, [("ruifeng", "", "")]),
                 (False, []), (True, [("xinyuan", "", "")])],
    "hefeng": [(True, [("lanting", "", "")]), (True, [("jinyu", "", "")]),
               (False, [("lanting", "", "")]), (True, [("donghai", "", "")])],
    "zhaohui": [(True, [("tianyi", "", "")]), (False, [("yinhe", "", "")]),
                (True, [("yinhe", "", "")]), (False, [])],
}
ml_oc = {}  # (community key, index) -> (oc id, current members)
for ckey, plan in MINGLOU_PLAN.items():
    cps = comm_info[ML[ckey]]["compounds"]
    assert len(cps) == len(plan)
    for i, (has_oc, companies) in enumerate(plan):
        for pc, since, until in companies:
            serve("pc." + pc, cps[i], since or None, until)
        if has_oc:
            if (ckey, i) == ("zhaohui", 2):  # 朝晖 third compound: re-elected in 2024
                ml_oc[(ckey, i)] = make_oc(cps[i], "2024-06-01", ("2019-06-01", "2024-05-31"), 5)
            else:
                ml_oc[(ckey, i)] = make_oc(cps[i], rdate("2020-01-01", "2023-12-31"))


def oc_holder(ckey, i, k=0):
    return ml_oc[(ckey, i)][1][k][0]


def is_party(pid):
    return people[pid]["party_member"] == "true"


def pc_manager(pc, ckey, place, unit_kind="committee", since="2021-03-15"):
    """A property manager (项目经理) of one compound (`place`, an index into the community's
    compounds) who also sits on the community committee or the residents committee as a
    part-time member (兼职委员): cross-appointed in the compound they run (import format v1.1).
    Only a party member sits on the party committee; anyone else takes the residents committee."""
    pid = person(rng.random() < 0.7, (1970, 1990))
    post(pid, "pc." + pc, "MANAGER", "项目经理", rdate("2016-01-01", "2020-12-31"),
         place=comm_info[ML[ckey]]["compounds"][place])
    if not is_party(pid):
        unit_kind = "rc"
    target = ML[ckey] if unit_kind == "committee" else ML[ckey] + ".rc"
    post(pid, target, "MEMBER", "兼职委员" if unit_kind == "committee" else "居委会兼职委员", since)
    return pid


def also_community(pid, ckey, where="committee", since="2021-03-15", until=""):
    """An owners-committee member who also sits on the community side (on the party committee
    only if a party member: the residents committee is the same side for cross-appointment)."""
    if where == "committee" and is_party(pid):
        post(pid, ML[ckey], "MEMBER", "兼职委员", since, until)
    else:
        post(pid, ML[ckey] + ".rc", "MEMBER", "居委会委员", since, until)


# Property managers on the community side (8 people).
pc_manager("yongcheng", "changqingteng", 0)            # 常青藤 compound 1 (甬城 serves 1, 2)
pc_manager("huamei", "changqingteng", 3, "rc")         # 常青藤 compound 4 (no OC; 华美 serves 4, 5)
pc_manager("anju", "mingnan", 0)                       # 明南 1 (安居 serves 1, 2)
pc_manager("anju", "mingnan", 1, "rc", "2022-01-10")   # 明南 2 (安居's second project manager)
pc_manager("xinyuan", "qingfeng", 0)                   # 庆丰 1 (鑫源 serves 1, 4)
pc_manager("lanting", "hefeng", 2)                     # 和丰 3 (no OC; 兰亭 serves 1, 3)
pc_manager("jinyu", "hefeng", 1)                       # 和丰 2
pc_manager("tianyi", "zhaohui", 0)                     # 朝晖 1
# Owners-committee members on the community side (14 people).
also_community(oc_holder("changqingteng", 0, 0), "changqingteng")
also_community(oc_holder("changqingteng", 1, 1), "changqingteng", "rc")
also_community(oc_holder("changqingteng", 4, 1), "changqingteng", "rc")
also_community(oc_holder("mingnan", 0, 0), "mingnan")
also_community(oc_holder("mingnan", 1, 2), "mingnan", "rc")
also_community(oc_holder("mingnan", 2, 0), "mingnan")
also_community(oc_holder("mingnan", 2, 1), "mingnan", "rc", "2022-05-01")
also_community(oc_holder("qingfeng", 0, 0), "qingfeng")
also_community(oc_holder("qingfeng", 3, 1), "qingfeng", "rc")
also_community(oc_holder("hefeng", 0, 0), "hefeng")
also_community(oc_holder("hefeng", 1, 2), "hefeng", "rc")
also_community(oc_holder("hefeng", 3, 0), "hefeng")
also_community(oc_holder("hefeng", 3, 2), "hefeng", "rc", "2023-03-01")
also_community(oc_holder("zhaohui", 0, 0), "zhaohui")
# Near misses that must NOT count today:
# - 明珠's project manager still sits on 常青藤's committee, but 明珠 stopped serving in 2024;
pc_manager("mingzhu", "changqingteng", 2, since="2021-03-15")
# - an owners-committee member of 常青藤 compound 3 sits on 明南's committee (another community);
also_community(oc_holder("changqingteng", 2, 0), "mingnan")
# - an owners-committee member of 庆丰 compound 2 left the community committee at the end of 2023;
also_community(oc_holder("qingfeng", 1, 1), "qingfeng", since="2021-03-15", until="2023-12-31")
# - the chair of 庆丰 compound 2 is a grid-branch secretary: a grid is not a side of the compound;
post(oc_holder("qingfeng", 1, 0), "yz.minglou.qingfeng.g01", "SECRETARY", "网格党支部书记", "2022-03-01")
# - the previous chair of 朝晖 compound 3 (term ended 2024-05-31) still sits on the residents committee.
_prev_chair = next(p["person_id"] for p in posts
                   if p["unit_id"] == ml_oc[("zhaohui", 2)][0] and p["role"] == "CHAIR" and p["until"])
also_community(_prev_chair, "zhaohui", "rc", since="2021-03-15")

for (ckey, i), (oc, _) in ml_oc.items():
    comm_info[ML[ckey]]["ocs"][comm_info[ML[ckey]]["compounds"][i]] = oc

# ---------------------------------------------------------------------------------------
# Other streets: owners committees for most compounds, a company for most, a few
# owners-committee chairs who are also part-time community committee members.
# ---------------------------------------------------------------------------------------

FGCS = "yz.zhonghe.chengxing.fenggechengshi"
for cid, info in comm_info.items():
    if info["street"] == "minglou":
        continue
    for cp in info["compounds"]:
        if cp != FGCS and rng.random() < 0.85:
            serve(rng.choice(OTHER_PCS), cp)
        if cp == FGCS or rng.random() < 0.3:  # most compounds have an owners committee
            continue
        prev = ("2016-06-01", "2021-05-31") if rng.random() < 0.25 else None
        oc, members = make_oc(cp, rdate("2021-06-01", "2025-12-31") if prev else rdate("2018-01-01", "2025-12-31"), prev)
        info["ocs"][cp] = oc
        if rng.random() < 0.3:
            # A chair who is not a party member joins the residents committee instead, except
            # in 华侨城: the one deliberate non-member on a party committee (see README).
            chair = members[0][0]
            on_committee = is_party(chair) or cid == "yz.dongliu.huaqiaocheng"
            post(chair, cid if on_committee else info["rc"], "MEMBER", "兼职委员" if on_committee else "居委会兼职委员",
                 latest_of(rdate("2021-03-15", "2024-12-31"), "2021-03-15"))

# ---------------------------------------------------------------------------------------
# 中河街道城兴社区风格城事小区: the "red owners committee" and the 92号楼道
# ---------------------------------------------------------------------------------------

serve("pc.chunjiang", FGCS, "2013-09-01")
fg_oc = unit(FGCS + ".oc", "OWNERS_COMMITTEE", "风格城事小区业主委员会", parent=FGCS,
             aliases="风格城事业委会|红色业委会", founded="2015-06-01",
             note="去年完成换届选举：新一届委员9名中党员7名（78%），业主代表36名中党员25名（70%）",
             source=ART)
comm_info["yz.zhonghe.chengxing"]["ocs"][FGCS] = fg_oc
ELECTED = "2025-06-01"     # the new term (the article's "last year" election)
PREV = ("2020-06-01", "2025-05-31")
fg_members = []
for i, (role, title) in enumerate([("CHAIR", "业委会主任"), ("DEPUTY_DIRECTOR", "业委会副主任"),
                                   ("DEPUTY_DIRECTOR", "业委会副主任")] + [("MEMBER", "业委会委员")] * 6):
    pid = person(i < 7, (1955, 1985))  # 7 of the 9 are party members
    post(pid, fg_oc, role, title, ELECTED)
    fg_members.append(pid)
# Previous term (2020-2025): four re-elected, five who stepped down.
prev_people = fg_members[:4] + [person(rng.random() < 0.5, (1950, 1980)) for _ in range(5)]
for i, pid in enumerate(prev_people):
    role, title = ("CHAIR", "业委会主任") if i == 0 else ("MEMBER", "业委会委员")
    post(pid, fg_oc, role, title, *PREV)
fg_reps = [person(i < 25, (1950, 1992)) for i in range(36)]  # 25 of 36 party members
for pid in fg_reps:
    post(pid, fg_oc, "OWNER_REP", "业主代表", ELECTED)
post(fg_members[0], "yz.zhonghe.chengxing", "MEMBER", "兼职委员", "2021-03-15")

for no in (91, 92, 93):
    unit("%s.b%d" % (FGCS, no), "BUILDING", "风格城事小区%d号楼" % no, parent=FGCS,
         aliases="%d号楼|%d号楼道" % (no, no),
         note="党员居民自筹资金40万元改造一楼大厅和地下车库入户通道；辖区“网红楼道”" if no == 92 else "",
         source=ART if no == 92 else ILL)
# The 92号楼道 party group joins the 城兴 grid with the fewest groups (a grid holds 2-4).
_groups = {}
for u in units.values():
    if u["type"] == "BUILDING_GROUP" and u["parent_id"].startswith("yz.zhonghe.chengxing.g"):
        _groups[u["parent_id"]] = _groups.get(u["parent_id"], 0) + 1
g92_grid = min(sorted(_groups), key=lambda g: _groups[g])
assert _groups[g92_grid] < 4
g92 = unit("%s.b%02d" % (g92_grid, _groups[g92_grid] + 1), "BUILDING_GROUP", "风格城事小区92号楼道党小组",
           parent=g92_grid, aliases="92号楼道党小组|92号楼墙门党小组",
           note="12户党员干部家庭参与改造工程，成为主力军")
hwd = unit(g92 + ".hwd", "TEAM", "风格城事小区92号楼道护卫队", parent=g92, aliases="护卫队|92号楼道护卫队",
           founded="2026-04-01", note="党员居民自发成立，共同打扫卫生、保持整洁", source=ART)
post(fg_reps[3], g92, "MEMBER", "党小组长", "2019-03-01")
for pid in fg_reps[3:10] + fg_members[5:7]:
    post(pid, hwd, "VOLUNTEER", "护卫队队员", "2026-04-01")
WORK_GROUPS = [("caiwu", "财务组", ART), ("cehua", "策划组", ART), ("falv", "法律组", ART),
               ("gongcheng", "工程组", ILL), ("jiandu", "监督组", ILL), ("xuanchuan", "宣传组", ILL),
               ("houqin", "后勤组", ILL)]
for i, (key, cn, source) in enumerate(WORK_GROUPS):
    tid = unit("%s.%s" % (fg_oc, key), "TEAM", "风格城事小区业委会" + cn, parent=fg_oc, aliases=cn,
               founded="2026-01-10", note="规范化建立的7个小组之一", source=source)
    post(fg_members[i % 9], tid, "MEMBER", "组长", "2026-01-10")

# ---------------------------------------------------------------------------------------
# Community guidance (GUIDES) and the joint meetings (物居业联席会议, 党建联建会议)
# ---------------------------------------------------------------------------------------


def serves_of(cps):
    """company -> (first since, last until or '' if still in force) over the given compounds."""
    out = {}
    for l in links:
        if l["type"] == "SERVES" and l["to_id"] in cps:
            s, u = out.get(l["from_id"], (l["since"], l["until"]))
            out[l["from_id"]] = (min(s, l["since"]), "" if "" in (u, l["until"]) else max(u, l["until"]))
    return out


for cid, info in comm_info.items():
    for oc in info["ocs"].values():
        link(cid, oc, "GUIDES", latest_of(units[oc]["founded"], "2019-01-01"))
    for pc, (s, u) in serves_of(info["compounds"]).items():
        link(cid, pc, "GUIDES", latest_of(s, "2019-01-01"), u)

for street, cn in STREETS:
    sid = "yz." + street
    jm = unit(sid + ".wjy", "JOINT_MEETING", cn + "街道物居业联席会议", parent=sid,
              aliases="物居业联席会议", founded=rdate("2021-03-01", "2021-09-30"))
    mine = [c for c, i in comm_info.items() if i["street"] == street]
    for cid in mine:
        link(comm_info[cid]["rc"], jm, "MEMBER_OF")
        for oc in comm_info[cid]["ocs"].values():
            link(oc, jm, "MEMBER_OF")
    for pc, (s, u) in serves_of([cp for c in mine for cp in comm_info[c]["compounds"]]).items():
        link(pc, jm, "MEMBER_OF", s, u)
    # All of 明楼's communities and about half of the others hold a 社区物业党建联建会议.
    for cid in mine:
        if street != "minglou" and rng.random() < 0.5:
            continue
        info = comm_info[cid]
        cm = unit(cid + ".ljhy", "JOINT_MEETING", units[cid]["name"][:-2] + "物业党建联建会议",
                  parent=cid, aliases="社区物业党建联建会议", founded=rdate("2021-04-01", "2022-06-30"))
        link(info["rc"], cm, "MEMBER_OF")
        for oc in info["ocs"].values():
            link(oc, cm, "MEMBER_OF")
        for pc, (s, u) in serves_of(info["compounds"]).items():
            link(pc, cm, "MEMBER_OF", s, u)
        post(info["sec"], cm, "DIRECTOR", "召集人", units[cm]["founded"])

# ---------------------------------------------------------------------------------------
# 东柳: 1-2 young first secretaries per community. 东胜: one chief liaison per community.
# ---------------------------------------------------------------------------------------

for cid, info in comm_info.items():
    if info["street"] == "dongliu":
        for k in range(rng.randint(1, 2)):
            post(person(True, (1990, 1998)), cid, "FIRST_SECRETARY", "第一书记", rdate("2021-05-01", "2024-06-30"))
        if cid.endswith("taigu"):  # a predecessor rotated out: history only
            post(person(True, (1990, 1996)), cid, "FIRST_SECRETARY", "第一书记", "2021-05-01", "2023-04-30")
LIAISON_POSTS = [("DEPUTY_SECRETARY", "分管领导"), ("MEMBER", "分管领导"), ("MEMBER", "中层正职"),
                 ("MEMBER", "中层正职")]
for i, cid in enumerate(c for c, info in comm_info.items() if info["street"] == "dongsheng"):
    pid = person(True, (1975, 1988))
    role, title = LIAISON_POSTS[i % len(LIAISON_POSTS)]
    post(pid, "yz.dongsheng", role, title, rdate("2019-01-01", "2021-06-30"))
    post(pid, cid, "CHIEF_LIAISON", "首席联络官", rdate("2021-07-01", "2022-12-31"))

# ---------------------------------------------------------------------------------------
# "一轴多驱" drivers: stationed units, industry systems, new-field organizations
# ---------------------------------------------------------------------------------------

DRIVERS = [
    ("su.pcs.zhonghe", "STATIONED_UNIT", "宁波市公安局鄞州分局中河派出所", "police", ["zhonghe", "zhonghe.chengxing", "zhonghe.siji"]),
    ("su.pcs.minglou", "STATIONED_UNIT", "宁波市公安局鄞州分局明楼派出所", "police", ["minglou", "minglou.changqingteng"]),
    ("su.pcs.baizhang", "STATIONED_UNIT", "宁波市公安局鄞州分局百丈派出所", "police", ["baizhang", "baizhang.huachuan"]),
    ("su.pcs.dongliu", "STATIONED_UNIT", "宁波市公安局鄞州分局东柳派出所", "police", ["dongliu"]),
    ("su.pcs.xiaying", "STATIONED_UNIT", "宁波市公安局鄞州分局下应派出所", "police", ["xiaying", "xiaying.wandi"]),
    ("su.zf.zhonghe", "STATIONED_UNIT", "鄞州区综合行政执法局中河中队", "law-enforcement", ["zhonghe", "zhonghe.chengxing"]),
    ("su.zf.minglou", "STATIONED_UNIT", "鄞州区综合行政执法局明楼中队", "law-enforcement", ["minglou"]),
    ("su.zf.dongsheng", "STATIONED_UNIT", "鄞州区综合行政执法局东胜中队", "law-enforcement", ["dongsheng", "dongsheng.xincheng"]),
    ("su.scjg.zhonghe", "STATIONED_UNIT", "鄞州区市场监督管理局中河市场监管所", "market-regulation", ["zhonghe", "zhonghe.chengxing"]),
    ("su.scjg.xiaying", "STATIONED_UNIT", "鄞州区市场监督管理局下应市场监管所", "market-regulation", ["xiaying", "xiaying.haichuang"]),
    ("su.tax", "STATIONED_UNIT", "国家税务总局宁波市鄞州区税务局", "tax", ["baizhang", "baizhang.jingchenglouyu"]),
    ("su.school.dongliu", "STATIONED_UNIT", "鄞州区东柳实验小学", "education", ["dongliu", "dongliu.huaqiaocheng"]),
    ("su.school.minglou", "STATIONED_UNIT", "鄞州区明楼中学", "education", ["minglou", "minglou.mingnan", "minglou.hefeng"]),
    ("su.hosp.second", "STATIONED_UNIT", "鄞州区第二医院", "health", ["minglou", "dongliu", "dongsheng"]),
    ("su.hosp.xiaying", "STATIONED_UNIT", "下应街道社区卫生服务中心", "health", ["xiaying", "xiaying.tiantong"]),
    ("su.power", "STATIONED_UNIT", "国网宁波市鄞州区供电公司", "state-enterprise", ["baizhang", "zhonghe", "dongsheng", "xiaying"]),
    ("su.water", "STATIONED_UNIT", "鄞州区自来水有限公司", "state-enterprise", ["dongliu", "dongsheng.chaoyang"]),
    ("su.bank", "STATIONED_UNIT", "鄞州农村商业银行中河支行", "finance", ["zhonghe", "zhonghe.huacheng"]),
    ("su.fire", "STATIONED_UNIT", "鄞州区消防救援大队", "fire-rescue", ["baizhang", "minglou"]),
    ("is.education", "INDUSTRY_SYSTEM", "鄞州区教育系统党委", "education", ["dongliu", "minglou", "xiaying"]),
    ("is.health", "INDUSTRY_SYSTEM", "鄞州区卫生健康系统党委", "health", ["dongsheng", "baizhang"]),
    ("is.sasac", "INDUSTRY_SYSTEM", "鄞州区国资系统党委", "state-assets", ["zhonghe", "xiaying"]),
    ("is.housing", "INDUSTRY_SYSTEM", "鄞州区住房和城乡建设系统党委", "housing", ["minglou", "dongliu", "dongsheng", "baizhang"]),
    ("nf.social.shegong", "NEW_FIELD_ORG", "鄞州区城兴社工服务社", "social-organization", ["zhonghe.chengxing"]),
    ("nf.social.yigong", "NEW_FIELD_ORG", "鄞州区义工协会", "social-organization", ["minglou", "dongsheng.yinghua"]),
    ("nf.social.tiaojie", "NEW_FIELD_ORG", "鄞州区以和为贵调解服务中心", "social-organization", ["xiaying", "dongliu.taigu"]),
    ("nf.bldg.jingcheng", "NEW_FIELD_ORG", "荆城商务大厦联合党委", "commercial-building", ["baizhang.jingchenglouyu", "baizhang"]),
    ("nf.bldg.nanshang", "NEW_FIELD_ORG", "南部商务区楼宇联合党委", "commercial-building", ["baizhang.jingchenglouyu", "dongsheng"]),
    ("nf.ent.haichuang", "NEW_FIELD_ORG", "宁波海创科技有限公司党支部", "non-public-enterprise", ["xiaying.haichuang"]),
    ("nf.ent.express", "NEW_FIELD_ORG", "鄞州区快递物流行业联合党支部", "non-public-enterprise", ["dongsheng", "zhonghe"]),
]
for uid, utype, name, sector, targets in DRIVERS:
    unit(uid, utype, name, sector=sector, founded=rdate("1995-01-01", "2016-12-31"))
    for t in targets:
        link(uid, "yz." + t, "CO_CONSTRUCTS", rdate("2018-01-01", "2024-12-31"),
             note="组织共建、活动共联、资源共享")

# ---------------------------------------------------------------------------------------
# Lawyers: 42 branches, 285 party-member lawyers, 117 "阳光8号" teams, 一社区一法律顾问
# ---------------------------------------------------------------------------------------

unit("yz.lawyers", "ASSOCIATION", "鄞州区律师行业协会党委", parent="yz",
     aliases="鄞州区律师行业党委|鄞州区律师协会党委", founded="2016-07-01",
     note="集结42个党支部、285名党员律师，整编117个小分队，每月8日开展“阳光8号”志愿服务",
     source=ART)
post(person(True, (1968, 1978)), "yz.lawyers", "SECRETARY", "党委书记", "2019-07-01")
# (key, 中文, number of party branches); 同舟 and 盈科 are the two the article names.
FIRMS = [("tongzhou", "同舟", 5), ("yingke", "盈科", 6), ("yongzheng", "甬正", 3), ("mingde", "明德", 3),
         ("tianheng", "天衡", 3), ("zhongxin", "众信", 3), ("huixin", "汇鑫", 3), ("junan", "君安", 2),
         ("zhengda", "正大", 2), ("sanjiang", "三江", 2), ("zhiyuan", "致远", 2), ("hengxin", "恒信", 2),
         ("jincheng", "锦程", 2), ("bowen", "博文", 2), ("ningzheng", "宁正", 2)]
assert sum(n for _, _, n in FIRMS) == 42
branches = []  # (branch id, firm id)
for key, cn, n_br in FIRMS:
    fid = unit("lf." + key, "LAW_FIRM", cn + "律师事务所", aliases=cn + "所",
               founded=rdate("1998-01-01", "2012-12-31"),
               source=ART if key in ("tongzhou", "yingke") else ILL,
               note="每周一次在结对社区坐堂" if key in ("tongzhou", "yingke") else "")
    for b in range(n_br):
        bid = "yz.lawyers.pb%02d" % (len(branches) + 1)
        name = cn + "律师事务所" + ("第%s党支部" % CN_NUM[b] if n_br > 1 else "党支部")
        unit(bid, "PARTY_BRANCH", name, parent="yz.lawyers", founded=rdate("2016-07-01", "2019-12-31"))
        link(bid, fid, "PARTY_ORG_OF")
        branches.append((bid, fid))
sizes = [6] * 42
for _ in range(285 - sum(sizes)):
    sizes[rng.randrange(42)] += 1
lawyers = []  # (person, firm)
lawyer_since = {}
for (bid, fid), n in zip(branches, sizes):
    for k in range(n):
        pid = person(True, (1965, 1997))
        since = rdate("2016-01-01", "2024-12-31")
        post(pid, fid, "LAWYER", "合伙人" if k == 0 else "执业律师", since)
        post(pid, bid, "MEMBER", "党员", since)
        if k == 0:
            post(pid, bid, "SECRETARY", "支部书记", latest_of(since, "2020-01-01"))
        lawyers.append((pid, fid))
        lawyer_since[pid] = since
# Two lawyers changed firm before the branches existed: the old firm is history only.
for pid, fid in (lawyers[20], lawyers[200]):
    old_fid = next(f for _, f in branches if f != fid)
    post(pid, old_fid, "LAWYER", "执业律师", "2013-03-01", "2015-12-31")
# Lawyers who are not party members practise too, outside the party figures.
for i in range(25):
    post(person(False, (1975, 1998)), "lf." + FIRMS[i % len(FIRMS)][0], "LAWYER", "执业律师", rdate("2016-01-01", "2025-06-30"))

SPECIALTIES = ["婚姻家事", "劳动争议", "物业纠纷", "合同纠纷", "公司法务", "知识产权", "行政法务",
               "金融借贷", "房产建设", "刑事辩护", "消费维权"]
teams = []
for t in range(1, 118):
    teams.append(unit("yz.lawyers.t%03d" % t, "TEAM", "阳光8号第%d小分队" % t, parent="yz.lawyers",
                      aliases="阳光8号志愿服务小分队", founded="2020-08-08",
                      note="专长：" + SPECIALTIES[t % len(SPECIALTIES)]))
order = [pid for pid, _ in lawyers]
rng.shuffle(order)
team_of = {}
for i, pid in enumerate(order):  # round-robin: 66 teams of 2, 51 of 3
    team_of[pid] = teams[i % 117]
    post(pid, team_of[pid], "VOLUNTEER", "小分队队长" if i < 117 else "小分队队员",
         latest_of(lawyer_since[pid], "2020-08-08"))

# 一社区一法律顾问: 同舟 and 盈科 take four communities each, the others one or two.
live = [c for c in comm_info]
rng.shuffle(live)
firm_cycle = ["tongzhou"] * 4 + ["yingke"] * 4 + [k for k, _, _ in FIRMS[2:]] * 2
advisor_firm = {c: firm_cycle[i] for i, c in enumerate(live)}
if advisor_firm["yz.zhonghe.chengxing"] != "tongzhou":  # 同舟 sits on 城兴's co-governance committee
    _other = next(c for c in live if advisor_firm[c] == "tongzhou")
    advisor_firm[_other], advisor_firm["yz.zhonghe.chengxing"] = advisor_firm["yz.zhonghe.chengxing"], "tongzhou"
taken = set()
advisor_of = {}  # community -> its legal advisor
for cid in comm_info:
    fid = "lf." + advisor_firm[cid]
    weekly = advisor_firm[cid] in ("tongzhou", "yingke")
    pid = next(p for p, f in lawyers if f == fid and p not in taken)
    taken.add(pid)
    advisor_of[cid] = pid
    since = latest_of(rdate("2019-01-01", "2022-12-31"), lawyer_since[pid])
    link(fid, cid, "PAIRED_WITH", since,
         note="一社区一法律顾问；每月8日“阳光8号”服务" + ("；每周一次坐堂" if weekly else ""))
    post(pid, cid, "LEGAL_ADVISOR", "社区法律顾问", since)
    link(team_of[pid], cid, "PAIRED_WITH", latest_of(since, "2020-08-08"), note="每月8日“阳光8号”志愿服务")
for i, nf in enumerate(["nf.ent.haichuang", "nf.ent.express", "nf.bldg.jingcheng", "nf.bldg.nanshang"]):
    link(teams[100 + i], nf, "PAIRED_WITH", "2021-08-08", note="每月8日上门提供法律服务")

# ---------------------------------------------------------------------------------------
# "红色管家"社区共治委员会: the city's first in 城兴 (2020-04), two later ones
# ---------------------------------------------------------------------------------------


def co_governance(cid, founded, members, note="", source=ILL, name_note=""):
    gid = unit(cid + ".gzw", "CO_GOVERNANCE_COMMITTEE",
               units[cid]["name"][:-2] + "“红色管家”社区共治委员会", parent=cid,
               aliases="红色管家社区共治委员会|" + units[cid]["name"][:-2] + "共治委员会",
               founded=founded, note=note, source=source)
    for m in members:
        link(m, gid, "MEMBER_OF", founded)
    post(comm_info[cid]["sec"], gid, "DIRECTOR", "共治委员会主任", founded)
    return gid


cx = comm_info["yz.zhonghe.chengxing"]
co_governance("yz.zhonghe.chengxing", "2020-04-01",
              ["su.pcs.zhonghe", "su.zf.zhonghe", "su.scjg.zhonghe", "lf.tongzhou", cx["rc"], fg_oc,
               "pc.chunjiang", "nf.social.shegong"],
              note="全市首个“红色管家”社区共治委员会（2020年4月成立）；党组织统筹引领、业委会协调监督、物业公司完善服务、居委会和社会组织共同参与",
              source=ART)
post(fg_members[0], "yz.zhonghe.chengxing.gzw", "MEMBER", "共治委员会委员", ELECTED)
hc = comm_info["yz.xiaying.haichuang"]
co_governance("yz.xiaying.haichuang", "2021-09-01",
              ["su.pcs.xiaying", "su.scjg.xiaying", "lf." + advisor_firm["yz.xiaying.haichuang"], hc["rc"],
               "nf.social.tiaojie"] + list(hc["ocs"].values())[:2])
xc = comm_info["yz.dongsheng.xincheng"]
co_governance("yz.dongsheng.xincheng", "2022-03-15",
              ["su.zf.dongsheng", "lf." + advisor_firm["yz.dongsheng.xincheng"], xc["rc"], "nf.social.yigong"]
              + list(xc["ocs"].values())[:2])

# Property companies' own party branches (积极推动物业服务企业建立党组织), under the street
# where most of their compounds are.
for key, street in (("yongcheng", "minglou"), ("anju", "minglou"), ("chunjiang", "zhonghe"), ("tianyi", "minglou")):
    bid = unit("pc.%s.pb" % key, "PARTY_BRANCH", units["pc." + key]["name"] + "党支部", parent="yz." + street,
               founded=rdate("2020-06-01", "2021-12-31"))
    link(bid, "pc." + key, "PARTY_ORG_OF")
    post(person(True, (1975, 1990)), bid, "SECRETARY", "支部书记", units[bid]["founded"])


# =======================================================================================
# v1.1: what makes a link real. Everything below draws on its own random stream, so the v1
# rows above come out exactly as before this section existed.
# =======================================================================================

rng2 = random.Random(SEED + 11)
agreements, parties, items, events, attendance = {}, [], [], [], []
D = date.fromisoformat(LATEST)


def rdate2(lo, hi):
    a, b = date.fromisoformat(lo), date.fromisoformat(hi)
    return (a + timedelta(days=rng2.randint(0, (b - a).days))).isoformat()


def plus_years(day, n):
    d = date.fromisoformat(day)
    return d.replace(year=d.year + n, day=min(d.day, 28) if d.month == 2 else d.day).isoformat()


def months(first, last, dom=8):
    """The `dom`-th of every month from the month of `first` to the month of `last`."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while "%04d-%02d" % (y, m) <= last[:7]:
        out.append("%04d-%02d-%02d" % (y, m, dom))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def quarters(first, last):
    """One date in the middle month of every quarter between two days (a meeting a quarter)."""
    out = []
    for day in months(first, last, 1):
        if int(day[5:7]) % 3 == 2:
            out.append(rdate2(day, day[:8] + "25"))
    return [d for d in out if first <= d <= last]


def agreement(aid, atype, name, since="", amount="", note="", source=ILL, members=()):
    assert aid not in units and aid not in people and aid not in agreements
    agreements[aid] = {"id": aid, "type": atype, "name": name, "since": since, "until": "",
                       "amount": amount, "note": note, "source": source}
    for uid, role in members:
        assert uid in units, uid
        parties.append({"agreement_id": aid, "unit_id": uid, "role": role, "note": ""})
    return aid


def item(lst, title, agreement_id="", owner="", provider="", beneficiary="", status="OPEN",
         since="", until="", amount="", hours="", note="", source=ILL):
    assert agreement_id or owner
    for ref in (owner, provider, beneficiary):
        assert not ref or ref in units or ref in people, ref
    assert since <= LATEST and until <= LATEST and (not until or until >= since)
    items.append({"id": "", "list": lst, "title": title, "agreement_id": agreement_id, "owner_id": owner,
                  "provider_id": provider, "beneficiary_id": beneficiary, "status": status, "since": since,
                  "until": until, "amount": amount, "hours": hours, "note": note, "source": source})


def event(etype, day, host, title, note="", source=ILL, agreement_id="", came=()):
    """An event and its attendance: came = [(person or unit id, role, note)]."""
    assert host in units and day <= LATEST and (not units[host]["founded"] or units[host]["founded"] <= day), (host, day)
    ev = {"id": "", "type": etype, "date": day, "host_id": host, "title": title,
          "agreement_id": agreement_id, "note": note, "source": source, "_came": []}
    for who, role, anote in came:
        assert who in units or who in people, who
        ev["_came"].append({"person_id": who if who in people else "", "unit_id": who if who in units else "",
                            "role": role, "note": anote})
    events.append(ev)
    return ev


def in_force_on(r, day):
    return (not r["since"] or r["since"] <= day) and (not r["until"] or r["until"] >= day)


def holders(uid, day, roles=None):
    return [p["person_id"] for p in posts if p["unit_id"] == uid and in_force_on(p, day)
            and (roles is None or p["role"] in roles)]


# ---------------------------------------------------------------------------------------
# Party rules (analysis.md v1.1): nobody sits on a party committee before joining the party.
# The generator above drew party dates independently of posts; move each offending party date
# to before the first party-committee post, except one deliberate case (see README).
# ---------------------------------------------------------------------------------------

PARTY_ORGS = {"STREET_COMMITTEE", "COMMUNITY_COMMITTEE", "GRID_BRANCH", "BUILDING_GROUP", "PARTY_BRANCH"}
COMMITTEE_ROLES = {"SECRETARY", "DEPUTY_SECRETARY", "MEMBER"}
JOINED_LATE = "p00305"  # 海创 third grid branch: secretary since 2022-12-18, party member since 2026-04-15
first_party_post = {}
for p in posts:
    if p["role"] in COMMITTEE_ROLES and units[p["unit_id"]]["type"] in PARTY_ORGS and p["since"]:
        first_party_post[p["person_id"]] = min(p["since"], first_party_post.get(p["person_id"], p["since"]))
assert people[JOINED_LATE]["party_since"] > first_party_post[JOINED_LATE]
for pid, first in first_party_post.items():
    ps = people[pid]["party_since"]
    if is_party(pid) and ps and ps > first and pid != JOINED_LATE:
        lo = "%d-07-01" % (int(people[pid]["birth_year"]) + 18)
        hi = (date.fromisoformat(first) - timedelta(days=60)).isoformat()
        assert lo <= hi, pid
        people[pid]["party_since"] = rdate2(max(lo, (date.fromisoformat(first) - timedelta(days=365 * 8)).isoformat()), hi)

# ---------------------------------------------------------------------------------------
# 双报到 / 在职党员进社区: in-service party members report to the community where they live.
# The 12 党员干部家庭 of 92号楼 (article) are four street cadres and eight lawyers; 24 more
# lawyers report elsewhere in 明楼, 中河 and four other streets.
# ---------------------------------------------------------------------------------------

B92 = FGCS + ".b92"
CX = "yz.zhonghe.chengxing"
street_cadres = [p["person_id"] for p in posts if p["role"] == "MEMBER" and p["title"] == "党工委委员"
                 and p["unit_id"] in ("yz.baizhang", "yz.minglou", "yz.dongliu", "yz.xiaying")]
cadres92 = [next(c for c in street_cadres if any(p["person_id"] == c and p["unit_id"] == s for p in posts))
            for s in ("yz.baizhang", "yz.minglou", "yz.dongliu", "yz.xiaying")]
free_lawyers = [p for p, _ in lawyers if p not in taken]
rng2.shuffle(free_lawyers)
reported = []  # (person, community, home)
for pid in cadres92 + free_lawyers[:8]:
    reported.append((pid, CX, B92))
pool = free_lawyers[8:]
elsewhere = [c for c in comm_info if comm_info[c]["street"] == "minglou"] * 2 \
    + [c for c in comm_info if comm_info[c]["street"] == "zhonghe" and c != CX] * 2 \
    + ["yz.baizhang.huachuan", "yz.dongliu.dongliufang", "yz.dongsheng.xincheng", "yz.xiaying.haichuang"] \
    + ["yz.baizhang.qita", "yz.dongliu.taigu", "yz.dongsheng.chaoyang", "yz.xiaying.wandi"]
for cid, pid in zip(elsewhere, pool):
    reported.append((pid, cid, rng2.choice(comm_info[cid]["compounds"])))
for pid, cid, home in reported:
    ps = people[pid]["party_since"]
    since = rdate2("2021-06-01", "2025-10-31")
    if ps and ps > since:
        since = (date.fromisoformat(ps) + timedelta(days=30)).isoformat()
    assert since <= "2025-12-31"
    post(pid, cid, "REPORTED_MEMBER", "在职报到党员", since, source=ART if home == B92 else ILL)
    people[pid]["home_id"] = home

# Where people live: owners-committee members and owner representatives in their compound;
# the 护卫队 and the 92号楼道党小组 leader in 92号楼.
for p in posts:
    u = units[p["unit_id"]]
    if u["type"] == "OWNERS_COMMITTEE" and not people[p["person_id"]]["home_id"]:
        people[p["person_id"]]["home_id"] = u["parent_id"]
for p in posts:
    if p["unit_id"] in (g92, hwd):
        people[p["person_id"]]["home_id"] = B92

# 组织关系: the lowest party organization in which a member holds a committee post; lawyers in
# their firm's branch; members who live in 92号楼 in its party group.
LEVEL = {"BUILDING_GROUP": 0, "PARTY_BRANCH": 1, "GRID_BRANCH": 2, "COMMUNITY_COMMITTEE": 3, "STREET_COMMITTEE": 4}
best = {}
for p in posts:
    t = units[p["unit_id"]]["type"]
    if t in LEVEL and p["role"] in COMMITTEE_ROLES and not p["until"] and is_party(p["person_id"]):
        cur = best.get(p["person_id"])
        if cur is None or (LEVEL[t], p["unit_id"]) < (LEVEL[units[cur]["type"]], cur):
            best[p["person_id"]] = p["unit_id"]
for pid, person_ in people.items():
    if person_["party_member"] != "true":
        continue
    if person_["home_id"] == B92 and pid not in cadres92 and pid not in best:
        person_["party_branch_id"] = g92
    elif pid in best:
        person_["party_branch_id"] = best[pid]

# ---------------------------------------------------------------------------------------
# Owners-committee elections (换届选举). Every recorded term starts with an ELECTION; a
# committee whose term began more than five years ago was re-elected in full five years on
# (posts continue), except one deliberately overdue committee (see README).
# ---------------------------------------------------------------------------------------

OC_ROLES = {"CHAIR": 0, "DEPUTY_DIRECTOR": 1, "MEMBER": 2}
terms = {}  # oc -> {term start: [posts]}
for p in posts:
    if units[p["unit_id"]]["type"] == "OWNERS_COMMITTEE" and p["role"] in OC_ROLES:
        terms.setdefault(p["unit_id"], {}).setdefault(p["since"], []).append(p)
FIVE_YEARS_AGO = plus_years(LATEST, -5)
overdue = sorted((min(t), oc) for oc, t in terms.items() if not oc.startswith("yz.minglou.")
                 and max(t) < FIVE_YEARS_AGO)
OVERDUE_OC = overdue[0][1]  # the earliest-elected committee outside 明楼 that is still in its first term
for oc in sorted(terms):
    cid = units[units[oc]["parent_id"]]["parent_id"]
    for start in sorted(terms[oc]):
        elected = sorted(terms[oc][start], key=lambda p: (OC_ROLES[p["role"]], p["person_id"]))
        came = [(p["person_id"], "ELECTED", p["title"]) for p in elected]
        src = ILL
        if oc == FGCS + ".oc" and start == ELECTED:  # the article's election: owner reps too
            came += [(pid, "ELECTED", "业主代表") for pid in fg_reps]
            src = ART
        event("ELECTION", start, oc, units[oc]["name"] + "换届选举", source=src,
              note="新一届业委会9名委员中7名党员，36名业主代表中25名党员" if src == ART else "",
              came=came + [(cid, "OBSERVER", "社区党委指导换届")])
    last = max(terms[oc])
    again = plus_years(last, 5)
    if oc != OVERDUE_OC and again <= LATEST:
        stay = sorted((p for p in terms[oc][last] if in_force_on(p, again)),
                      key=lambda p: (OC_ROLES[p["role"]], p["person_id"]))
        event("ELECTION", again, oc, units[oc]["name"] + "换届选举", note="原班子全体连任",
              came=[(p["person_id"], "ELECTED", p["title"]) for p in stay] + [(cid, "OBSERVER", "社区党委指导换届")])

# ---------------------------------------------------------------------------------------
# "红色管家": joint meetings and co-governance committees meet every quarter (records from
# 2024-07; 城兴's committee from its founding in 2020-04). One community joint meeting
# stopped meeting in autumn 2025 (see README).
# ---------------------------------------------------------------------------------------

bodies = sorted(u["id"] for u in units.values() if u["type"] in ("JOINT_MEETING", "CO_GOVERNANCE_COMMITTEE"))
STOPPED = next(b for b in bodies if b.endswith(".ljhy") and not b.startswith(("yz.minglou.", "yz.zhonghe.")))
for body in bodies:
    b = units[body]
    parent = b["parent_id"]
    first = "2020-04-01" if body == CX + ".gzw" else max("2024-07-01", b["founded"])
    last = "2025-10-31" if body == STOPPED else LATEST
    days = quarters(first, last)
    if body == CX + ".gzw":
        days = ["2020-04-01"] + [d for d in days if d > "2020-04-01"]
    gzw = b["type"] == "CO_GOVERNANCE_COMMITTEE"
    for day in days:
        chair = holders(body, day, {"DIRECTOR"}) or holders(parent, day, {"SECRETARY"})
        came = [(chair[0], "CHAIR", "")]
        came += [(pid, "ATTENDEE", "") for pid in holders(body, day, {"MEMBER"})]
        for l in links:
            if l["type"] == "MEMBER_OF" and l["to_id"] == body and in_force_on(l, day):
                came.append((l["from_id"], "ABSENT" if rng2.random() < 0.12 else "ATTENDEE", ""))
        founding = body == CX + ".gzw" and day == "2020-04-01"
        event("COMMITTEE_MEETING" if gzw else "JOINT_MEETING", day, body,
              b["name"] + ("成立大会" if founding else "" if b["name"].endswith("会议") else "会议"), source=ART if founding else ILL,
              note="全市首个“红色管家”社区共治委员会成立，聘请共建单位为成员单位" if founding else "",
              came=came)

agreement("ag.chengxing.gzw", "JOINT_MEETING_CHARTER", "城兴社区“红色管家”共治委员会章程", "2020-04-01",
          note="党组织统筹引领、业委会协调监督、物业公司完善服务、居委会和社会组织共同参与",
          members=[(CX + ".gzw", "主体")] + [(l["from_id"], "成员单位") for l in links
                                              if l["type"] == "MEMBER_OF" and l["to_id"] == CX + ".gzw"])

# ---------------------------------------------------------------------------------------
# 一社区一法律顾问: every month on the 8th (“阳光8号”) the legal advisor serves the paired
# community; records from 2024-07 for 同舟 and 盈科 (who also sit weekly, 每周一次坐堂, not
# recorded visit by visit), from 2025-07 for the others. One 盈科 pairing lapsed in 2025-05.
# ---------------------------------------------------------------------------------------

yingke_outside = sorted(c for c, f in advisor_firm.items() if f == "yingke"
                        and comm_info[c]["street"] not in ("minglou", "zhonghe"))
LAPSED = yingke_outside[-1]
for cid in sorted(comm_info):
    firm = advisor_firm[cid]
    big = firm in ("tongzhou", "yingke")
    last = "2025-05-31" if cid == LAPSED else LATEST
    for day in months("2024-07-08" if big else "2025-07-08", last):
        event("LEGAL_SERVICE", day, cid, "“阳光8号”法律服务" + ("（坐堂）" if big else ""),
              note="普法宣传、法律援助、解疑释惑",
              came=[(advisor_of[cid], "ATTENDEE", "社区法律顾问")])
for i, nf in enumerate(["nf.ent.haichuang", "nf.ent.express", "nf.bldg.jingcheng", "nf.bldg.nanshang"]):
    lead = next(p["person_id"] for p in sorted(posts, key=lambda p: p["person_id"])
                if p["unit_id"] == teams[100 + i] and p["title"] == "小分队队长")
    for day in months("2025-07-08", LATEST):
        event("LEGAL_SERVICE", day, nf, "“阳光8号”上门法律服务", came=[(lead, "ATTENDEE", "小分队队长")])

# ---------------------------------------------------------------------------------------
# Co-construction (共建) in 明楼 and 中河: an agreement, its parties, and the three lists
# (资源清单、需求清单、项目清单) with claimed (已认领) and delivered (已完成) items. Elsewhere
# every driver link shows one joint activity (活动共联) in the last year.
# ---------------------------------------------------------------------------------------

def list_item(agreement_id, lst, title, prov, ben, status, since, until, amount, hours, note):
    """An entry of an agreement's lists: a resource is its provider's, a need the raising
    community's (named in the note), a project the lead street's."""
    lead = next(p["unit_id"] for p in parties if p["agreement_id"] == agreement_id and p["role"] == "牵头单位")
    if lst == "RESOURCE":
        owner = prov
    elif lst == "NEED":
        owner = next(c for c in comm_info if c.startswith(lead + ".") and note.startswith(units[c]["name"][:-2]))
    else:
        owner = lead
    item(lst, title, agreement_id, owner=owner, provider=prov, beneficiary=ben, status=status, since=since,
         until=until, amount=amount, hours=hours, note=note)


ML_DRIVERS = ["su.pcs.minglou", "su.zf.minglou", "su.school.minglou", "su.hosp.second", "su.fire",
              "is.education", "is.housing", "nf.social.yigong"]
agreement("ag.minglou.2025", "CO_CONSTRUCTION", "明楼街道党建联建共建协议", "2025-03-18",
          note="组织共建、活动共联、资源共享；资源清单、需求清单、项目清单",
          members=[("yz.minglou", "牵头单位")] + [(ML[k], "社区") for k in ML] + [(u, "共建单位") for u in ML_DRIVERS])
A = "ag.minglou.2025"
for args in [
    ("RESOURCE", "学校运动场节假日向居民开放", "su.school.minglou", ML["mingnan"], "DONE", "2025-04-01", "2025-12-31", "", "", ""),
    ("RESOURCE", "家庭医生签约与每月义诊", "su.hosp.second", "yz.minglou", "CLAIMED", "2025-04-15", "", "", "240", ""),
    ("RESOURCE", "消防安全培训与应急演练", "su.fire", "yz.minglou", "DONE", "2025-10-09", "2025-11-20", "", "36", ""),
    ("RESOURCE", "助老助残志愿者队伍", "nf.social.yigong", "yz.minglou", "CLAIMED", "2025-05-01", "", "", "860", ""),
    ("RESOURCE", "暑期青少年托管师资", "is.education", "yz.minglou", "DONE", "2025-07-07", "2025-08-29", "", "320", ""),
    ("RESOURCE", "老旧小区改造政策咨询", "is.housing", "", "OPEN", "2025-03-18", "", "", "", "无人认领"),
    ("NEED", "南都公寓消防通道整治", "su.fire", ML["changqingteng"], "DONE", "2025-11-03", "2026-01-15", "18000", "", "常青藤社区提出"),
    ("NEED", "明南社区加装电梯协调", "", "", "OPEN", "2025-06-10", "", "", "", "明南社区提出"),
    ("NEED", "和丰社区放学时段校门口交通疏导", "su.pcs.minglou", ML["hefeng"], "DONE", "2025-09-01", "2026-01-16", "", "", "和丰社区提出"),
    ("NEED", "清河华庭无物业小区保洁托底", "", "", "OPEN", "2025-08-20", "", "", "", "庆丰社区提出；该小区无物业服务企业"),
    ("NEED", "东湖新村无物业小区托管", "nf.social.yigong", ML["zhaohui"], "CLAIMED", "2026-03-02", "", "", "", "朝晖社区提出"),
    ("PROJECT", "常青藤社区平安小区创建", "su.pcs.minglou", ML["changqingteng"], "DONE", "2025-04-01", "2025-12-20", "", "", ""),
    ("PROJECT", "明南社区青少年“四点半课堂”", "su.school.minglou", ML["mingnan"], "DONE", "2025-09-01", "2026-01-20", "", "420", ""),
    ("PROJECT", "和丰社区周末公益课堂", "su.school.minglou", ML["hefeng"], "CLAIMED", "2026-03-01", "", "", "", ""),
    ("PROJECT", "综合执法进小区", "su.zf.minglou", "yz.minglou", "CLAIMED", "2025-05-06", "", "", "", ""),
    ("PROJECT", "常青藤社区老年助餐点", "su.hosp.second", ML["changqingteng"], "DONE", "2025-06-01", "2025-10-31", "120000", "", ""),
    ("PROJECT", "老旧小区加装电梯试点", "is.housing", ML["mingnan"], "DROPPED", "2025-04-01", "2025-05-31", "", "", "认领后放弃"),
]:
    list_item(A, *args)
event("JOINT_MEETING", "2025-03-18", "yz.minglou", "明楼街道党建联建共建协议签约暨“大工委”会议", agreement_id=A,
      came=[(holders("yz.minglou", "2025-03-18", {"SECRETARY"})[0], "CHAIR", "")] +
      [(u, "ATTENDEE", "") for u in ML_DRIVERS] + [(ML[k], "ATTENDEE", "") for k in ML])
event("JOINT_MEETING", "2026-01-22", "yz.minglou", "明楼街道“大工委”年度清单评议会", agreement_id=A,
      came=[(holders("yz.minglou", "2026-01-22", {"SECRETARY"})[0], "CHAIR", "")] +
      [(u, "ABSENT" if u == "is.housing" else "ATTENDEE", "") for u in ML_DRIVERS] + [(ML[k], "ATTENDEE", "") for k in ML])

ZH = {k: "yz.zhonghe." + k for k in ("chengxing", "huacheng", "jinyuan", "siji")}
ZH_DRIVERS = ["su.pcs.zhonghe", "su.zf.zhonghe", "su.scjg.zhonghe", "su.power", "su.bank", "is.sasac",
              "nf.social.shegong", "nf.ent.express"]
agreement("ag.zhonghe.2024", "CO_CONSTRUCTION", "中河街道党建联建共建协议", "2024-03-20",
          note="组织共建、活动共联、资源共享；资源清单、需求清单、项目清单",
          members=[("yz.zhonghe", "牵头单位")] + [(ZH[k], "社区") for k in ZH] + [(u, "共建单位") for u in ZH_DRIVERS])
A = "ag.zhonghe.2024"
for args in [
    ("RESOURCE", "居民用电安全上门检查", "su.power", "yz.zhonghe", "DONE", "2025-08-01", "2025-09-30", "", "96", ""),
    ("RESOURCE", "国企党员志愿服务岗", "is.sasac", "yz.zhonghe", "CLAIMED", "2024-05-01", "", "", "1200", ""),
    ("RESOURCE", "快递小哥兼职网格信息员", "nf.ent.express", "yz.zhonghe", "CLAIMED", "2024-06-01", "", "", "", "发现上报"),
    ("RESOURCE", "金融知识进社区", "su.bank", "yz.zhonghe", "DONE", "2025-11-05", "2025-11-28", "", "24", ""),
    ("RESOURCE", "城兴社区居家养老服务", "nf.social.shegong", ZH["chengxing"], "CLAIMED", "2024-04-01", "", "", "2600", ""),
    ("NEED", "四季社区电信诈骗防范宣传", "su.pcs.zhonghe", ZH["siji"], "DONE", "2025-10-10", "2025-12-31", "", "", "四季社区提出"),
    ("NEED", "华城社区老年人防诈骗培训", "", "", "OPEN", "2025-09-15", "", "", "", "华城社区提出"),
    ("NEED", "锦苑社区停车难", "", "", "OPEN", "2025-04-02", "", "", "", "锦苑社区提出"),
    ("NEED", "风格城事小区周边占道经营整治", "su.zf.zhonghe", ZH["chengxing"], "DONE", "2025-08-11", "2025-10-15", "", "", "城兴社区提出"),
    ("PROJECT", "风格城事小区平安建设（护卫队联防）", "su.pcs.zhonghe", ZH["chengxing"], "CLAIMED", "2026-04-01", "", "", "", ""),
    ("PROJECT", "平安中河巡防", "su.pcs.zhonghe", "yz.zhonghe", "CLAIMED", "2024-04-01", "", "", "", ""),
    ("PROJECT", "综合执法进社区", "su.zf.zhonghe", "yz.zhonghe", "CLAIMED", "2024-04-01", "", "", "", ""),
    ("PROJECT", "城兴社区周边食品安全检查", "su.scjg.zhonghe", ZH["chengxing"], "DONE", "2025-09-01", "2025-12-15", "", "", ""),
    ("PROJECT", "放心消费街区创建", "su.scjg.zhonghe", "yz.zhonghe", "CLAIMED", "2024-06-15", "", "", "", ""),
    ("PROJECT", "锦苑社区停车位挖潜", "is.sasac", ZH["jinyuan"], "DROPPED", "2024-09-01", "2025-01-31", "", "", "认领后放弃"),
]:
    list_item(A, *args)
# Before the agreement: a project 华城 ran with the bank in 2023, nothing since.
item("PROJECT", "华城社区助老金融服务点", owner=ZH["huacheng"], provider="su.bank", beneficiary=ZH["huacheng"],
     status="DONE", since="2023-05-01", until="2023-12-31", amount="30000")
event("JOINT_MEETING", "2024-03-20", "yz.zhonghe", "中河街道党建联建共建协议签约暨“大工委”会议", agreement_id=A,
      came=[(holders("yz.zhonghe", "2024-03-20", {"SECRETARY"})[0], "CHAIR", "")] +
      [(u, "ATTENDEE", "") for u in ZH_DRIVERS] + [(ZH[k], "ATTENDEE", "") for k in ZH])
event("JOINT_MEETING", "2025-12-18", "yz.zhonghe", "中河街道“大工委”年度清单评议会", agreement_id=A,
      came=[(holders("yz.zhonghe", "2025-12-18", {"SECRETARY"})[0], "CHAIR", "")] +
      [(u, "ATTENDEE", "") for u in ZH_DRIVERS] + [(ZH[k], "ATTENDEE", "") for k in ZH])

# The fund: 92号楼道's party residents raised 40万元 to renovate the ground-floor hall and the
# passage from the underground garage (article); the split of the two works is invented.
F = agreement("ag.fgcs.b92.2026", "OTHER", "风格城事小区92号楼道改造自筹资金", "2026-01-10", amount="400000",
              note="党员居民自筹资金40万元，改造一楼大厅和地下车库入户通道；12户党员干部家庭成为改造工程主力军",
              source=ART, members=[(FGCS + ".oc", "发起"), (g92, "组织"), (B92, "受益楼道"),
                                   (FGCS + ".oc.caiwu", "资金管理"), (FGCS + ".oc.gongcheng", "工程实施")])
item("RESOURCE", "92号楼道党员居民自筹资金", F, provider=g92, beneficiary=B92, status="DONE",
     since="2026-01-10", until="2026-02-28", amount="400000", source=ART)
item("PROJECT", "一楼大厅改造", F, provider=FGCS + ".oc.gongcheng", beneficiary=B92, status="DONE",
     since="2026-01-20", until="2026-03-25", amount="235000", source=ART)
item("PROJECT", "地下车库入户通道改造", F, provider=FGCS + ".oc.gongcheng", beneficiary=B92, status="DONE",
     since="2026-01-20", until="2026-03-25", amount="165000", source=ART)
item("SERVICE", "楼道卫生保洁", owner=hwd, provider=hwd, beneficiary=B92, status="CLAIMED", since="2026-04-01",
     source=ART, note="护卫队共同打扫卫生、保持整洁")
event("ACTIVITY", "2026-01-10", g92, "92号楼道改造动员会", agreement_id=F, source=ART,
      came=[(fg_reps[3], "CHAIR", "党小组长")] + [(pid, "ATTENDEE", "党员干部家庭") for pid, c, h in reported if h == B92])
event("ACTIVITY", "2026-04-01", hwd, "92号楼道护卫队成立", source=ART,
      came=[(p["person_id"], "ATTENDEE", "护卫队队员") for p in posts if p["unit_id"] == hwd])

# 活动共联 elsewhere: one joint activity per driver link in the last year.
for l in sorted((l for l in links if l["type"] == "CO_CONSTRUCTS"), key=lambda l: (l["from_id"], l["to_id"])):
    if l["to_id"].startswith(("yz.minglou", "yz.zhonghe")):
        continue
    event("ACTIVITY", rdate2("2025-09-01", "2026-05-31"), l["to_id"], "共建单位主题党日联合活动",
          came=[(l["from_id"], "ATTENDEE", "")])

# Ids: events in (date, host, type, title) order; items in generation order.
events.sort(key=lambda e: (e["date"], e["host_id"], e["type"], e["title"]))
for i, ev in enumerate(events, 1):
    ev["id"] = "ev%05d" % i
    for a in ev["_came"]:
        attendance.append(dict(a, event_id=ev["id"]))
for i, it in enumerate(items, 1):
    it["id"] = "it%04d" % i


# ---------------------------------------------------------------------------------------
# Self-check of the 明楼 figures, then write the files
# ---------------------------------------------------------------------------------------

def minglou_figures(day, v11=True):
    """明楼's cross-appointment figures; v11: a manager counts only in the compound of its place_id."""
    def live_on(since, until):
        return (not since or since <= day) and (not until or until >= day)
    held = {}
    for p in posts:
        if live_on(p["since"], p["until"]):
            held.setdefault(p["unit_id"], set()).add(p["person_id"])
    cps = [u for u in units.values() if u["type"] == "COMPOUND" and u["id"].startswith("yz.minglou.")]
    with_oc, crossed, persons = 0, 0, set()
    for cp in cps:
        cid = cp["parent_id"]
        ocs = [u["id"] for u in units.values() if u["type"] == "OWNERS_COMMITTEE" and u["parent_id"] == cp["id"]]
        pcs = [l["from_id"] for l in links if l["type"] == "SERVES" and l["to_id"] == cp["id"] and live_on(l["since"], l["until"])]
        sides = [set().union(*(held.get(u, set()) for u in grp)) for grp in (ocs, [cid, cid + ".rc"])]
        sides.append({p["person_id"] for p in posts if p["unit_id"] in pcs and live_on(p["since"], p["until"])
                      and (not v11 or p["place_id"] in ("", cp["id"]))})
        here = {p for p in set().union(*sides) if sum(p in s for s in sides) >= 2}
        with_oc += bool(ocs)
        crossed += bool(here)
        persons |= here
    return len(cps), with_oc, crossed, len(persons)


assert minglou_figures(LATEST) == (21, 15, 14, 22), minglou_figures(LATEST)
assert minglou_figures(LATEST, v11=False) == (21, 15, 14, 22), minglou_figures(LATEST, v11=False)


def write(name, fields, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)  # default dialect: RFC 4180, CRLF
        w.writeheader()
        w.writerows(rows)


write("units.csv", ["id", "type", "name", "parent_id", "aliases", "sector", "founded", "dissolved", "note", "source"],
      sorted(units.values(), key=lambda r: r["id"]))
write("people.csv", ["id", "name", "party_member", "party_since", "gender", "birth_year", "phone", "home_id",
                    "party_branch_id", "source"],
      sorted(people.values(), key=lambda r: r["id"]))
write("posts.csv", ["person_id", "unit_id", "role", "title", "since", "until", "place_id", "source"],
      sorted(posts, key=lambda r: (r["person_id"], r["unit_id"], r["role"], r["since"])))
write("links.csv", ["from_id", "to_id", "type", "since", "until", "note", "source"],
      sorted(links, key=lambda r: (r["from_id"], r["to_id"], r["type"], r["since"])))
write("agreements.csv", ["id", "type", "name", "since", "until", "amount", "note", "source"],
      sorted(agreements.values(), key=lambda r: r["id"]))
write("agreement_parties.csv", ["agreement_id", "unit_id", "role", "note"],
      sorted(parties, key=lambda r: (r["agreement_id"], r["unit_id"])))
write("items.csv", ["id", "list", "title", "agreement_id", "owner_id", "provider_id", "beneficiary_id", "status",
                    "since", "until", "amount", "hours", "note", "source"], items)
write("events.csv", ["id", "type", "date", "host_id", "title", "agreement_id", "note", "source"],
      [{k: v for k, v in e.items() if k != "_came"} for e in events])
write("attendance.csv", ["event_id", "person_id", "unit_id", "role", "note"],
      sorted(attendance, key=lambda r: (r["event_id"], r["person_id"], r["unit_id"])))
print("units %d, people %d, posts %d, links %d, agreements %d, agreement_parties %d, items %d, events %d, "
      "attendance %d" % (len(units), len(people), len(posts), len(links), len(agreements), len(parties),
                         len(items), len(events), len(attendance)))
print("deliberate: joined late %s, overdue %s, stopped %s, lapsed pairing %s" % (JOINED_LATE, OVERDUE_OC, STOPPED, LAPSED))
