package io.lambdasim.reports.html;

/** The report's stylesheet, inline so the page needs no other file. */
final class Style {

    private Style() {
    }

    static final String CSS = """
            body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222; margin: 0 auto;
                   max-width: 1320px; padding: 24px 32px 48px; line-height: 1.45; background: #fff; }
            h1 { font-size: 28px; margin: 8px 0 4px; }
            h2 { font-size: 21px; margin: 36px 0 8px; padding-top: 12px; border-top: 1px solid #e3e3e3; }
            p.lead { color: #555; margin-top: 0; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 12.5px; width: 100%; }
            th, td { padding: 6px 7px; border-bottom: 1px solid #e8e8e8; text-align: left; white-space: nowrap; }
            th { background: #f6f7f9; font-weight: 600; white-space: normal; vertical-align: bottom; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.wrap { white-space: normal; min-width: 6.5em; }
            tr.failed td { background: #fff4f0; }
            td.error, p.error, ul.errors { color: #b03a00; white-space: normal; }
            figure { margin: 20px 0 28px; }
            figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { color: #555; font-size: 14px; margin-top: 4px; }
            p.foot { color: #888; font-size: 13px; margin-top: 40px; }
            """;
}
