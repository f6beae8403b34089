#!/usr/bin/env python3
"""Builds the admin-units resource files from the shared source dataset.

Run once by a person when the source dataset changes (never by Maven, never at run time):

    python3 admin-units/tools/generate_reference_data.py /work/shared/data/admin-units admin-units/src/main/resources

Copies the official unit lists and conversion (re-shaped, names kept verbatim) and generates the
parts no public source gives: agency codes, split weights and reference statistics. Everything it
generates is deterministic (SHA-256 of the unit code, no random seed), so running it again gives
byte-identical files; the module's tests check the invariants, not this script.
"""
import collections
import csv
import hashlib
import io
import sys
from fractions import Fraction
from pathlib import Path

REFORM = "2025-07-01"
LAST_OLD_DAY = "2025-06-30"
PROVINCE = ("38", "Tỉnh Thanh Hóa")
# Old rows that the official list still carries but that no longer existed (see units/README.md).
STALE_OLD_CODES = {"16387", "16411"}
# Districts of the western mountain region: smaller, sparser communes.
MOUNTAIN_DISTRICTS = {"384", "385", "386", "387", "388", "389", "390", "391", "396", "402", "403"}
TARGET_POPULATION_2024 = 3_720_000
# The only commune figures the seeds give (seed 002, Yên Hùng, 2024 results).
SEED_FIGURES = [
    # year, code, field, value, seed, quote
    (2024, "15433", "working_age", 3200, "002",
     "2240/3200 người trong độ tuổi lao động, đạt tỷ lệ 70% được thông tin, phổ biến, đào tạo"),
]
# Appended fields come last so that the earlier columns (and their values) stay as they were.
FIELDS = ["population", "adults_18_plus", "aged_15_plus", "citizens_14_plus", "working_age",
          "households", "enterprises", "smes", "schools", "officials",
          "business_units", "primary_lower_secondary_schools"]


def unit(code, salt):
    """A deterministic number in [0, 1) for a unit and a purpose."""
    digest = hashlib.sha256(f"{code}|{salt}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def between(code, salt, low, high):
    return low + (high - low) * unit(code, salt)


def write_csv(path, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def district_type(name):
    for prefix in ("Thành phố", "Thị xã", "Huyện"):
        if name.startswith(prefix):
            return prefix
    raise ValueError(name)


def commune_type(name):
    for prefix in ("Thị trấn", "Thị Trấn", "Phường", "Xã"):
        if name.startswith(prefix):
            return "Thị trấn" if prefix == "Thị Trấn" else prefix
    raise ValueError(name)


def apportion(value, weights):
    """Largest remainder: integer parts proportional to weights that sum exactly to value.
    Ties go to the earlier successor (successors are listed in code order)."""
    total = sum(weights)
    exact = [Fraction(value * w, total) for w in weights]
    parts = [int(e) for e in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: value - sum(parts)]:
        parts[i] += 1
    return parts


def profile(code, kind, district):
    """Age and household structure of one old unit, fixed across years."""
    return {
        "c14": between(code, "c14", 0.765, 0.790),
        "age14": between(code, "age14", 0.012, 0.016),
        "age15_17": between(code, "age15_17", 0.040, 0.052),
        "work": between(code, "work", 0.600, 0.640),
        "hh": between(code, "hh", 3.3, 3.9),
        "ent": {"Phường": 55, "Thị trấn": 140, "Xã": 420 if district not in MOUNTAIN_DISTRICTS else 900}[kind]
        * between(code, "ent", 0.7, 1.3),
        "sme": between(code, "sme", 0.96, 0.99),
        # Household businesses (hộ kinh doanh) and cooperatives beside the enterprises (2023–2025 item 2.1).
        "hkd": {"Phường": 14, "Thị trấn": 20, "Xã": 45 if district not in MOUNTAIN_DISTRICTS else 70}[kind]
        * between(code, "hkd", 0.8, 1.2),
        "htx": {"Phường": 1, "Thị trấn": 1, "Xã": 2}[kind] + int(between(code, "htx", 0, 2)),
    }


def structure(population, prof, enterprises=None):
    c14 = round(population * prof["c14"])
    age15 = c14 - round(population * prof["age14"])
    adults = age15 - round(population * prof["age15_17"])
    work = min(round(population * prof["work"]), age15)
    households = round(population / prof["hh"])
    if enterprises is None:
        enterprises = max(1, round(population / prof["ent"]))
    smes = min(enterprises, round(enterprises * prof["sme"]))
    business_units = enterprises + prof["htx"] + round(population / prof["hkd"])
    return {"population": population, "adults_18_plus": adults, "aged_15_plus": age15,
            "citizens_14_plus": c14, "working_age": work, "households": households,
            "enterprises": enterprises, "smes": smes, "business_units": business_units}


def check(row, where):
    assert row["adults_18_plus"] <= row["aged_15_plus"] <= row["citizens_14_plus"] <= row["population"], where
    assert row["working_age"] <= row["aged_15_plus"], where
    assert row["households"] <= row["population"] and row["smes"] <= row["enterprises"], where
    assert row["enterprises"] <= row["business_units"], where
    assert row["primary_lower_secondary_schools"] <= row["schools"], where
    assert all(row[f] >= 0 for f in FIELDS), where


def main(source_dir, out_dir):
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    units_dir, stats_dir = out_dir / "units", out_dir / "statistics"
    units_dir.mkdir(parents=True, exist_ok=True)
    stats_dir.mkdir(parents=True, exist_ok=True)

    with open(source_dir / "thanhhoa_communes_before_2025-07-01.csv", encoding="utf-8") as f:
        before = [r for r in csv.DictReader(f) if r["Mã PX"] not in STALE_OLD_CODES]
    with open(source_dir / "thanhhoa_commune_conversion_2025-07-01.csv", encoding="utf-8") as f:
        conversion = list(csv.DictReader(f))
    assert len(before) == 547, len(before)

    header = ["code", "name", "type", "level", "parent_code", "valid_from", "valid_to"]
    write_csv(units_dir / "province.csv", header,
              [[PROVINCE[0], PROVINCE[1], "Tỉnh", "province", "", "", ""]])
    districts = collections.OrderedDict()
    for r in before:
        districts.setdefault(r["Mã QH"], r["Quận Huyện"])
    districts = collections.OrderedDict(sorted(districts.items()))
    assert len(districts) == 26
    write_csv(units_dir / "districts-before-2025-07-01.csv", header,
              [[c, n, district_type(n), "district", PROVINCE[0], "", LAST_OLD_DAY] for c, n in districts.items()])
    write_csv(units_dir / "communes-before-2025-07-01.csv", header,
              [[r["Mã PX"], r["Phường Xã"], commune_type(r["Phường Xã"]), "commune", r["Mã QH"], "", LAST_OLD_DAY]
               for r in before])
    new_units = collections.OrderedDict()
    for r in conversion:
        new_units.setdefault(r["Mã Xã mới"], r["Tên Xã mới"])
    new_units = collections.OrderedDict(sorted(new_units.items()))
    assert len(new_units) == 166
    write_csv(units_dir / "communes-from-2025-07-01.csv", header,
              [[c, n, commune_type(n), "commune", PROVINCE[0], REFORM, ""] for c, n in new_units.items()])

    conversion.sort(key=lambda r: (r["Mã Xã mới"], r["Mã Xã cũ"]))
    write_csv(units_dir / "conversion-2025-07-01.csv",
              ["old_code", "old_name", "old_district", "new_code", "new_name", "change"],
              [[r["Mã Xã cũ"], r["Tên Xã cũ"], r["Quận/huyện"], r["Mã Xã mới"], r["Tên Xã mới"], r["Ghi chú"]]
               for r in conversion])
    successors = collections.OrderedDict()
    for r in sorted(conversion, key=lambda r: (r["Mã Xã cũ"], r["Mã Xã mới"])):
        successors.setdefault(r["Mã Xã cũ"], []).append(r["Mã Xã mới"])
    write_csv(units_dir / "split-weights-2025-07-01.csv", ["old_code", "new_code", "weight", "source"],
              [[old, new, 1, "generated-equal"] for old, news in successors.items() if len(news) > 1 for new in news])

    agency_rows = [["000.00.00.H56", PROVINCE[0], PROVINCE[1], "", "", "generated"]]
    for d_index, (d_code, d_name) in enumerate(districts.items(), start=1):
        agency_rows.append([f"000.00.{d_index:02d}.H56", d_code, d_name, "", LAST_OLD_DAY, "generated"])
        communes = sorted((r for r in before if r["Mã QH"] == d_code), key=lambda r: r["Mã PX"])
        for c_index, r in enumerate(communes, start=1):
            agency_rows.append([f"000.{c_index:02d}.{d_index:02d}.H56", r["Mã PX"], r["Phường Xã"], "",
                                LAST_OLD_DAY, "generated"])
    for n_index, (code, name) in enumerate(new_units.items()):
        agency_rows.append([f"000.{n_index % 50 + 1:02d}.{50 + n_index // 50:02d}.H56", code, name, REFORM, "",
                            "generated"])
    write_csv(units_dir / "agency-codes.csv",
              ["agency_code", "unit_code", "unit_name", "valid_from", "valid_to", "source"], agency_rows)

    # ---- reference statistics -------------------------------------------------------------
    seed = {(y, c, f): (v, s, q) for y, c, f, v, s, q in SEED_FIGURES}
    kinds = {r["Mã PX"]: commune_type(r["Phường Xã"]) for r in before}
    district_of = {r["Mã PX"]: r["Mã QH"] for r in before}
    names = {r["Mã PX"]: r["Phường Xã"] for r in before}
    profiles = {c: profile(c, kinds[c], district_of[c]) for c in kinds}

    def raw_population(code):
        kind, mountain = kinds[code], district_of[code] in MOUNTAIN_DISTRICTS
        low, high = {("Phường", False): (7000, 16000), ("Thị trấn", False): (6000, 12000),
                     ("Xã", False): (4500, 9500), ("Phường", True): (6000, 12000),
                     ("Thị trấn", True): (4000, 8000), ("Xã", True): (2500, 6500)}[(kind, mountain)]
        return between(code, "population", low, high)

    fixed_2024 = {}
    for (year, code, field), (value, _, _) in seed.items():
        if year == 2024 and field == "working_age":
            fixed_2024[code] = round(value / profiles[code]["work"])
    raw = {c: raw_population(c) for c in kinds if c not in fixed_2024}
    scale = (TARGET_POPULATION_2024 - sum(fixed_2024.values())) / sum(raw.values())
    pop_2024 = {c: fixed_2024.get(c) or round(raw[c] * scale) for c in kinds}
    growth = {c: between(c, "growth", 0.003, 0.009) for c in kinds}

    def old_row(code, year, population):
        row = structure(population, profiles[code])
        row["schools"] = {"Phường": 4, "Thị trấn": 4, "Xã": 3}[kinds[code]] + (unit(code, "schools") < 0.35)
        row["officials"] = {"Phường": 22, "Thị trấn": 21, "Xã": 19}[kinds[code]] + int(between(code, "cbcc", 0, 3))
        # Every commune has its preschool (mầm non); the other schools are primary and lower secondary.
        row["primary_lower_secondary_schools"] = row["schools"] - 1
        source, notes = "generated", []
        for field in FIELDS:
            if (year, code, field) in seed:
                value, seed_id, _ = seed[(year, code, field)]
                assert field == "working_age"
                row[field] = value
                source = f"seed-{seed_id}+generated"
                notes.append(f"{field} from seed {seed_id}")
        check(row, (year, code))
        return row, source, "; ".join(notes + (["other figures generated"] if notes else []))

    stats_header = ["year", "unit_code", "unit_name"] + FIELDS + ["source", "note"]
    old_rows = {}
    for year in (2023, 2024):
        rows = []
        for code in kinds:
            population = pop_2024[code] if year == 2024 else round(pop_2024[code] / (1 + growth[code]))
            row, source, note = old_row(code, year, population)
            old_rows[(year, code)] = row
            rows.append([year, code, names[code]] + [row[f] for f in FIELDS] + [source, note])
        write_csv(stats_dir / f"reference-statistics-{year}.csv", stats_header, rows)

    # 2025 and 2026 use the new units: project every old unit one year on, then carry it through
    # the conversion (whole units whole, split units by the split weights) so totals are conserved.
    projected = {}
    for code in kinds:
        base = old_rows[(2024, code)]
        row = structure(round(base["population"] * (1 + growth[code])), profiles[code],
                        enterprises=round(base["enterprises"] * 1.05))
        row["schools"], row["officials"] = base["schools"], base["officials"]
        row["primary_lower_secondary_schools"] = base["primary_lower_secondary_schools"]
        projected[code] = row
    new_2025 = {c: dict.fromkeys(FIELDS, 0) for c in new_units}
    for old, news in successors.items():
        for field in FIELDS:
            for new, part in zip(news, apportion(projected[old][field], [1] * len(news))):
                new_2025[new][field] += part
    for year, table in ((2025, new_2025), (2026, None)):
        rows = []
        for code, name in new_units.items():
            if year == 2025:
                row, note = table[code], "carried from 2024 old units through conversion 2025-07-01"
            else:
                base = new_2025[code]
                population = round(base["population"] * 1.006)
                row = {f: round(base[f] * population / base["population"]) for f in FIELDS[:5]}
                row["households"] = round(base["households"] * 1.01)
                row["enterprises"] = round(base["enterprises"] * 1.05)
                row["smes"] = min(row["enterprises"], round(base["smes"] * 1.05))
                row["schools"], row["officials"] = base["schools"], base["officials"]
                row["primary_lower_secondary_schools"] = base["primary_lower_secondary_schools"]
                # Household businesses grow with households (1 %), enterprises by 5 %.
                row["business_units"] = row["enterprises"] + round((base["business_units"] - base["enterprises"]) * 1.01)
                note = "projected from 2025"
            check(row, (year, code))
            rows.append([year, code, name] + [row[f] for f in FIELDS] + ["generated", note])
        write_csv(stats_dir / f"reference-statistics-{year}.csv", stats_header, rows)

    write_csv(stats_dir / "seed-figures.csv", ["year", "unit_code", "unit_name", "field", "value", "seed", "quote"],
              [[y, c, names[c], f, v, s, q] for y, c, f, v, s, q in SEED_FIGURES])
    for year in (2023, 2024):
        print(year, sum(old_rows[(year, c)]["population"] for c in kinds))
    print(2025, sum(r["population"] for r in new_2025.values()))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
