"""Prints the results table, the verdict lines and, on request, the SQL of a page."""

import re

ROW = "{name:<58} {median:>9} {p90:>8} {cpu:>8} {queries:>8} {size:>5}  {status}"


def print_table(rows):
    print(
        ROW.format(
            name="page", median="median ms", p90="p90 ms", cpu="CPU ms", queries="queries", size="KB", status=""
        ).rstrip()
    )
    print("-" * 104)
    for scenario, result in rows:
        status = "" if result.status == scenario.status else f"HTTP {result.status}!"
        print(
            ROW.format(
                name=scenario.name,
                median=f"{result.median_ms:.1f}",
                p90=f"{result.p90_ms:.1f}",
                cpu=f"{result.cpu_median_ms:.1f}",
                queries=result.query_count,
                size=f"{result.size / 1024:.0f}",
                status=status,
            ).rstrip()
        )


def verdicts(rows):
    """One line per floor target and per query group, each ending in whether the target is met."""
    lines = []
    floors = [result for scenario, result in rows if scenario.floor]
    for scenario, result in rows:
        if scenario.floor_target is not None and floors:
            ratio = result.median_ms / floors[0].median_ms
            cpu_ratio = result.cpu_median_ms / floors[0].cpu_median_ms
            met = "met" if ratio <= scenario.floor_target else "NOT MET"
            label = scenario.query_group or scenario.name
            lines.append(
                f"{label} / floor = {ratio:.2f}× (target ≤ {scenario.floor_target:g}×): {met}"
                f"  [CPU time: {cpu_ratio:.2f}×]"
            )
    for scenario, result in rows:
        if scenario.target_ms is not None:
            met = "met" if result.median_ms <= scenario.target_ms else "NOT MET"
            lines.append(
                f"{scenario.verdict or scenario.name}: median {result.median_ms:.0f} ms "
                f"(target ≤ {scenario.target_ms:g} ms): {met}  [CPU time: {result.cpu_median_ms:.0f} ms]"
            )
    by_key = {scenario.key: (scenario, result) for scenario, result in rows}
    for scenario, result in rows:
        if scenario.relative_to and scenario.relative_to in by_key:
            other, other_result = by_key[scenario.relative_to]
            ratio = result.median_ms / other_result.median_ms
            cpu_ratio = result.cpu_median_ms / other_result.cpu_median_ms
            met = "met" if ratio <= scenario.relative_target else "NOT MET"
            lines.append(
                f"{scenario.name} / {other.name} = {ratio:.2f}× (target ≤ {scenario.relative_target:g}×): {met}"
                f"  [CPU time: {cpu_ratio:.2f}×; {result.median_ms:.2f} ms vs {other_result.median_ms:.2f} ms]"
            )
    for scenario, result in rows:
        if scenario.near and scenario.near in by_key:
            other, other_result = by_key[scenario.near]
            difference = result.query_count - other_result.query_count
            met = "met" if abs(difference) <= scenario.slack else "NOT MET"
            lines.append(
                f"{scenario.name}: {result.query_count} queries, {other.name}: "
                f"{other_result.query_count} ({difference:+d}; target: within {scenario.slack}): {met}"
            )
    for scenario, result in rows:
        if scenario.versus and scenario.versus in by_key:
            other, other_result = by_key[scenario.versus]
            lines.append(
                f"{scenario.verdict or scenario.name}: {result.median_ms:.1f} ms, "
                f"{result.query_count} queries vs {scenario.versus_label or other.name} "
                f"{other_result.median_ms:.1f} ms, {other_result.query_count} queries  "
                f"[1/{other_result.median_ms / result.median_ms:.0f} of the time]"
            )
    groups = {}
    for scenario, result in rows:
        if scenario.query_group:
            groups.setdefault(scenario.query_group, []).append((scenario.variant, result.query_count))
    for group, members in groups.items():
        counts = ", ".join(f"{count} with {variant}" for variant, count in members)
        met = "met" if len({count for _variant, count in members}) == 1 else "NOT MET"
        lines.append(f"{group} queries: {counts} (target: equal): {met}")
    return lines


def short_sql(sql, keep=60):
    """The statement with a long column list elided: what is read from where matters, not each column."""
    match = re.match(r"(SELECT (?:DISTINCT )?)(.*?)( FROM .*)", sql, re.DOTALL)
    if not match or len(match.group(2)) <= keep:
        return sql
    return f"{match.group(1)}{match.group(2)[:keep]}…{match.group(3)}"


def print_sql(scenario, result):
    print(f"\nSQL of {scenario.key} ({result.url}), {result.query_count} queries:")
    for number, sql in enumerate(result.queries, 1):
        print(f"{number:3}. {short_sql(sql)}")
