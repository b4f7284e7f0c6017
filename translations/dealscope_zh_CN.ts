<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleImport</name>
    <message>
        <source>Already in the file (source %1).</source>
        <translation>已在文件中（来源 %1）。</translation>
    </message>
    <message>
        <source>Imported as source %1 (%2 figures to review).</source>
        <translation>已作为来源 %1 导入（%2 个数字待审核）。</translation>
    </message>
    <message>
        <source>Cannot import the article</source>
        <translation>无法导入文章</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>正在导入文章…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>粘贴的文章</translation>
    </message>
    <message>
        <source>Added the company %1.</source>
        <translation>已添加公司 %1。</translation>
    </message>
    <message>
        <source>Added %1 claims to source %2.</source>
        <translation>已向来源 %2 添加 %1 条说法。</translation>
    </message>
    <message>
        <source>Added the article as source %1 with %2 claims.</source>
        <translation>已将文章添加为来源 %1，含 %2 条说法。</translation>
    </message>
    <message>
        <source>Article Added</source>
        <translation>文章已添加</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>导入 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no article files (.txt, .md, .html, .mhtml, .pdf) there.</source>
        <translation>那里没有文章文件（.txt、.md、.html、.mhtml、.pdf）。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>dealscope-cli %1: %2
Try &apos;dealscope-cli %1 --help&apos;.
</source>
        <translation>dealscope-cli %1：%2
请运行 &apos;dealscope-cli %1 --help&apos;。
</translation>
    </message>
    <message>
        <source>dealscope-cli %1: expected %2, got %3 argument(s).
Try &apos;dealscope-cli %1 --help&apos;.
</source>
        <translation>dealscope-cli %1：需要 %2，实际收到 %3 个参数。
请运行 &apos;dealscope-cli %1 --help&apos;。
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation>无法写入 %1：%2
</translation>
    </message>
    <message>
        <source>dealscope-cli: %1
</source>
        <translation>dealscope-cli：%1
</translation>
    </message>
    <message>
        <source>Writes the sample dataset (built from the five reference articles) to a new DealScope file.</source>
        <translation>将示例数据集（基于五篇参考文章）写入新的 DealScope 文件。</translation>
    </message>
    <message>
        <source>Wrote the sample dataset to %1
</source>
        <translation>示例数据集已写入 %1
</translation>
    </message>
    <message>
        <source>Prints the number of companies, sources, deals, flows and claims in a DealScope file.</source>
        <translation>输出 DealScope 文件中公司、来源、交易、资金流和说法的数量。</translation>
    </message>
    <message>
        <source>companies: %1
sources: %2
deals: %3
flows: %4
claims: %5
</source>
        <translation>公司：%1
来源：%2
交易：%3
资金流：%4
说法：%5
</translation>
    </message>
    <message>
        <source>Runs integrity and consistency checks (database damage, foreign keys, claims without a source, quote offsets outside or not matching their texts, citation loops) and reports problems. Exits with 1 when any error is found; warnings alone exit with 0.</source>
        <translation>运行完整性和一致性检查（数据库损坏、外键、无来源的说法、超出文本或不匹配的引文偏移、引用循环）并报告问题。发现任何错误时以 1 退出；仅有警告时以 0 退出。</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)
</source>
        <translation>%1 个错误，%2 个警告
</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>Number of deals.</source>
        <translation>交易数量。</translation>
    </message>
    <message>
        <source>Number of companies.</source>
        <translation>公司数量。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>Number of synthetic articles (default: deals/100, at least 20).</source>
        <translation>合成文章数量（默认：交易数/100，至少 20）。</translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation>不显示进度。</translation>
    </message>
    <message>
        <source>Generates a synthetic dataset for scale work into a new file: power-law company degrees, heavy-tailed amounts, dates 2000–2026, 1–4 claims per flow with some disagreeing, and ~3 KB articles marked synthetic. The same seed gives the same data.</source>
        <translation>生成用于规模测试的合成数据集到新文件：幂律分布的公司度数、重尾金额、2000–2026 年的日期、每条资金流 1–4 条说法（部分相互矛盾）以及标记为合成的约 3 KB 文章。相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>dealscope-cli generate: --deals must be at least 1, --companies at least 2, and --seed and --sources whole numbers.
</source>
        <translation>dealscope-cli generate：--deals 至少为 1，--companies 至少为 2，--seed 和 --sources 必须为整数。
</translation>
    </message>
    <message>
        <source>Wrote %1 deals, %2 flows, %3 claims, %4 companies and %5 sources to %6 in %7 s
</source>
        <translation>已在 %7 秒内将 %1 个交易、%2 条资金流、%3 条说法、%4 家公司和 %5 个来源写入 %6
</translation>
    </message>
    <message>
        <source>Write the sample dataset to a new file.</source>
        <translation>将示例数据集写入新文件。</translation>
    </message>
    <message>
        <source>Count the companies, sources, deals, flows and claims.</source>
        <translation>统计公司、来源、交易、资金流和说法。</translation>
    </message>
    <message>
        <source>Export everything as one JSON document.</source>
        <translation>将全部内容导出为一个 JSON 文档。</translation>
    </message>
    <message>
        <source>Run integrity and consistency checks.</source>
        <translation>运行完整性和一致性检查。</translation>
    </message>
    <message>
        <source>Generate a synthetic dataset for scale work.</source>
        <translation>生成用于规模测试的合成数据集。</translation>
    </message>
    <message>
        <source>Usage: dealscope-cli COMMAND [OPTIONS] ARGS...

DealScope&apos;s command-line tool. Commands:
</source>
        <translation>用法：dealscope-cli 命令 [选项] 参数...

DealScope 的命令行工具。命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;dealscope-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
运行 &apos;dealscope-cli 命令 --help&apos; 查看命令的选项。
</translation>
    </message>
    <message>
        <source>dealscope-cli: unknown command &apos;%1&apos;.
Run &apos;dealscope-cli --help&apos; for the list.
</source>
        <translation>dealscope-cli：未知命令 &apos;%1&apos;。
运行 &apos;dealscope-cli --help&apos; 查看列表。
</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>正在生成… %1%</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Prints the disputed figures: where the sources disagree on an amount, on who pays whom (direction or attribution), on a date or on whether a deal exists, with each side&apos;s sources and, for headline totals, which flows add up to them.</source>
        <translation>输出有争议的数字：来源在金额、谁付给谁（方向或归属）、日期或交易是否存在上的分歧，列出各方来源，并对公布总额给出由哪些资金流相加而成。</translation>
    </message>
    <message>
        <source>Prints every figure derived from the claims: each flow&apos;s amount, each deal&apos;s headline total and each company&apos;s valuation, stake and totals, whether it is disputed and why, and every claim behind it.</source>
        <translation>输出由说法推导出的每个数字：每条资金流的金额、每个交易的公布总额以及每家公司的估值、持股和总额，是否有争议及原因，以及其背后的每条说法。</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed figure(s)
</source>
        <translation>
            <numerusform>%n 个有争议的数字
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)
</source>
        <translation>
            <numerusform>%n 个数字
</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every figure with its claims and whether sources disagree.</source>
        <translation>输出每个数字及其说法，以及来源是否存在分歧。</translation>
    </message>
    <message>
        <source>Print the disputed figures and how headline totals reconcile.</source>
        <translation>输出有争议的数字以及公布总额如何对账。</translation>
    </message>
    <message>
        <source>Attaches an article&apos;s text (a UTF-8 text file) to a source, named by its id or key, and re-anchors every quote of the source: at its offsets, then exactly elsewhere, then by its context, then ignoring typography and spacing. Quotes that no longer match are flagged as orphaned, never moved.</source>
        <translation>将文章文本（UTF-8 文本文件）附加到以 ID 或键指定的来源，并重新定位该来源的每条引文：先在原偏移处，再在别处精确查找，再通过上下文，最后忽略排版和空白。不再匹配的引文标记为失去锚点，绝不移动。</translation>
    </message>
    <message>
        <source>dealscope-cli attach: there is no source &apos;%1&apos;.
</source>
        <translation>dealscope-cli attach：不存在来源 &apos;%1&apos;。
</translation>
    </message>
    <message>
        <source>Attached %1 characters. Quotes: %2 in place, %3 moved (exact), %4 found by context, %5 found ignoring typography, %6 orphaned.
</source>
        <translation>已附加 %1 个字符。引文：%2 条位置不变，%3 条已移动（精确），%4 条通过上下文找到，%5 条忽略排版后找到，%6 条失去锚点。
</translation>
    </message>
    <message>
        <source>orphaned: claim %1
</source>
        <translation>失去锚点：说法 %1
</translation>
    </message>
    <message>
        <source>Attach an article&apos;s text to a source and re-anchor its quotes.</source>
        <translation>将文章文本附加到来源并重新定位其引文。</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>要写入的文件：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>Width x height in pixels.</source>
        <translation>宽 x 高（像素）。</translation>
    </message>
    <message>
        <source>Pixels per point (PNG).</source>
        <translation>每点像素数（PNG）。</translation>
    </message>
    <message>
        <source>First date (YYYY[-MM[-DD]]).</source>
        <translation>起始日期（YYYY[-MM[-DD]]）。</translation>
    </message>
    <message>
        <source>Last date (YYYY[-MM[-DD]]).</source>
        <translation>结束日期（YYYY[-MM[-DD]]）。</translation>
    </message>
    <message>
        <source>Only flows of this kind (equity, compute, chips, loan, acquisition, licensing, partnership); repeatable.</source>
        <translation>仅限此类型的资金流（equity、compute、chips、loan、acquisition、licensing、partnership）；可重复指定。</translation>
    </message>
    <message>
        <source>Add a caption naming the sources.</source>
        <translation>添加列出来源的说明文字。</translation>
    </message>
    <message>
        <source>Renders a chart of a DealScope file to PNG, SVG or PDF (works without a display).</source>
        <translation>将 DealScope 文件的图表渲染为 PNG、SVG 或 PDF（无需显示器）。</translation>
    </message>
    <message>
        <source>dealscope-cli render: %1
</source>
        <translation>dealscope-cli render：%1
</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须指定 --out FILE。</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080 and --scale be a number.</source>
        <translation>--size 须形如 1920x1080，--scale 须为数字。</translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos;.</source>
        <translation>无效日期 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;.</source>
        <translation>未知类型 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n flow(s))
</source>
        <translation>
            <numerusform>已写入 %1（%n 条资金流）
</numerusform>
        </translation>
    </message>
    <message>
        <source>Render a chart to PNG, SVG or PDF.</source>
        <translation>将图表渲染为 PNG、SVG 或 PDF。</translation>
    </message>
    <message>
        <source>dealscope-cli render: %1 flows match; the cumulative chart adds up to %2 figures. Narrow it with --from, --to or --kind.
</source>
        <translation>dealscope-cli render：匹配 %1 条资金流；累计图最多累加 %2 个数额。请用 --from、--to 或 --kind 缩小范围。
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 flows grouped by month)
</source>
        <translation>已写入 %1（%2 条资金流，按月分组）
</translation>
    </message>
    <message>
        <source>Exports a DealScope file: as JSON, companies, sources, deals with their flows, and every claim with its quote; as GEXF or GraphML, the money graph (companies as nodes, flows as directed edges weighted by their amount in US$ billions, dated).</source>
        <translation>导出 DealScope 文件：JSON 格式包含公司、来源、交易及其资金流，以及每条说法及其引文；GEXF 或 GraphML 格式为资金图（公司为节点，资金流为有向边，以十亿美元金额为权重，带日期）。</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1（有争议）</translation>
    </message>
    <message>
        <source>  stake %1%</source>
        <translation>  持股 %1%</translation>
    </message>
    <message>
        <source>Prints what a company pays (investments made, commitments, purchases) and receives (investors, customers, suppliers), each with its figure, the totals and the net flow, and round trips: for each investment, what the investee committed to spend with the investor.</source>
        <translation>输出公司的支出（已作投资、承诺、采购）和收入（投资方、客户、供应商），各附金额、合计和净流量，以及回流：每笔投资中被投资方承诺在投资方处的支出。</translation>
    </message>
    <message numerus="yes">
        <source>Outgoing (%n position(s), %1 counted):
</source>
        <translation>
            <numerusform>流出（%n 项，计 %1）：
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incoming (%n position(s), %1 counted):
</source>
        <translation>
            <numerusform>流入（%n 项，计 %1）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>Net flow: %1
</source>
        <translation>净流量：%1
</translation>
    </message>
    <message>
        <source>Round trip: %1 invests %2 in %3; %3 commits %4 back to %1</source>
        <translation>回流：%1 向 %3 投资 %2；%3 承诺向 %1 回流 %4</translation>
    </message>
    <message>
        <source>Round trip: %1 invests %2 in %3; %3 commits to spend with %1 (no amount stated)</source>
        <translation>回流：%1 向 %3 投资 %2；%3 承诺在 %1 处支出（未说明金额）</translation>
    </message>
    <message>
        <source> (%1× the investment)</source>
        <translation>（投资的 %1 倍）</translation>
    </message>
    <message>
        <source>Longest cycle, in flows (2 to 5; default 5).</source>
        <translation>最长循环的资金流数（2 到 5；默认 5）。</translation>
    </message>
    <message>
        <source>Only cycles whose flows all fall within M months (undated flows left out).</source>
        <translation>仅限所有资金流都在 M 个月内的循环（不含无日期的资金流）。</translation>
    </message>
    <message>
        <source>Only flows of this kind (repeatable).</source>
        <translation>仅限此类资金流（可重复）。</translation>
    </message>
    <message>
        <source>Only cycles through this company.</source>
        <translation>仅限经过该公司的循环。</translation>
    </message>
    <message>
        <source>How many cycles to print, largest first (default 100; 0 for all).</source>
        <translation>要输出的循环数量，最大的在前（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <source>Finds money going round: directed cycles of flows (a company pays another, which pays on, and the money comes back), each with the smallest amount on it, which is how much can have gone round at most.</source>
        <translation>查找回流的资金：资金流的有向循环（一家公司付款给另一家，后者继续付款，资金最终回流），每个循环附其最小金额，即最多可能循环的金额。</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --max-length must be 2 to 5.
</source>
        <translation>dealscope-cli cycles：--max-length 必须为 2 到 5。
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --window-months must be a positive number.
</source>
        <translation>dealscope-cli cycles：--window-months 必须为正数。
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --limit must be 0 or more.
</source>
        <translation>dealscope-cli cycles：--limit 必须为 0 或更大。
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: unknown kind &apos;%1&apos;.
</source>
        <translation>dealscope-cli cycles：未知类型“%1”。
</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) found</source>
        <translation>
            <numerusform>找到 %n 个循环</numerusform>
        </translation>
    </message>
    <message>
        <source>, the %1 largest:
</source>
        <translation>，最大的 %1 个：
</translation>
    </message>
    <message>
        <source>  — at most %1 round
</source>
        <translation>  — 最多 %1 循环
</translation>
    </message>
    <message>
        <source>  — amount unknown
</source>
        <translation>  — 金额未知
</translation>
    </message>
    <message>
        <source>Print what a company pays and receives, with totals and round trips.</source>
        <translation>输出公司的支出和收入，以及合计和回流。</translation>
    </message>
    <message>
        <source>Find money going round in cycles of flows.</source>
        <translation>查找在资金流循环中回流的资金。</translation>
    </message>
    <message>
        <source>The chart: timeline, cumulative (committed capital over time), network (the money between companies), or stakes (one company&apos;s positions, with --company).</source>
        <translation>图表：timeline、cumulative（累计承诺资本）、network（公司之间的资金）或 stakes（某公司的持仓，需 --company）。</translation>
    </message>
    <message>
        <source>Network: this company and its neighbours; stakes: whose positions.</source>
        <translation>网络：该公司及其相邻公司；持仓：哪家公司的持仓。</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (known: timeline, cumulative, network, stakes).</source>
        <translation>未知视图“%1”（已知：timeline、cumulative、network、stakes）。</translation>
    </message>
    <message>
        <source>--view stakes needs --company NAME.</source>
        <translation>--view stakes 需要 --company 名称。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 companies, %n flow(s))
</source>
        <translation>
            <numerusform>已写入 %1（%2 家公司，%n 条资金流）
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2)
</source>
        <translation>已写入 %1（%2）
</translation>
    </message>
    <message>
        <source>The %1 largest cycles (paths that could not beat them were not followed)</source>
        <translation>最大的 %1 个循环（未追踪无法超过它们的路径）</translation>
    </message>
    <message>
        <source>dealscope-cli %1: no company or alias &apos;%2&apos;.
</source>
        <translation>dealscope-cli %1：没有名为“%2”的公司或别名。
</translation>
    </message>
    <message>
        <source>dealscope-cli: the sample dataset could not be read.
</source>
        <translation>dealscope-cli：无法读取示例数据集。
</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5 → %6  %7, %8, %9</source>
        <translation>%1–%2  %3（%4）  %5 → %6  %7，%8，%9</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5 of %6%7</source>
        <translation>%1–%2  %3（%4）  %6 的%5%7</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation>，对象 %1</translation>
    </message>
    <message>
        <source>dealscope-cli: &apos;%1&apos; is not a date (use 2025, 2025-11 or 2025-11-18).
</source>
        <translation>dealscope-cli：“%1”不是日期（请使用 2025、2025-11 或 2025-11-18）。
</translation>
    </message>
    <message>
        <source>Know the companies and aliases of this file (default: those of the sample dataset).</source>
        <translation>使用此文件中的公司及别名（默认：示例数据集中的）。</translation>
    </message>
    <message>
        <source>The publication date, for relative dates (default: the one the text states).</source>
        <translation>发布日期，用于解析相对日期（默认：文中所写的日期）。</translation>
    </message>
    <message>
        <source>Leave out share prices (&quot;$150 a share&quot;).</source>
        <translation>忽略股价（如“每股 $150”）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln figure(s)
</source>
        <translation>
            <numerusform>%1：%Ln 个数字
</numerusform>
        </translation>
    </message>
    <message>
        <source>Also add the proposed figures as claims.</source>
        <translation>同时将建议的数字添加为说法。</translation>
    </message>
    <message>
        <source>The publication date of the articles.</source>
        <translation>文章的发布日期。</translation>
    </message>
    <message>
        <source>%1: not imported: %2
</source>
        <translation>%1：未导入：%2
</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1：警告：%2
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  已跳过 %1：%2
</translation>
    </message>
    <message>
        <source>%1: already there as source %2; not imported again.
</source>
        <translation>%1：已作为来源 %2 存在；不再重复导入。
</translation>
    </message>
    <message>
        <source>%1: imported as source %2 (“%3”).
</source>
        <translation>%1：已作为来源 %2 导入（“%3”）。
</translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation>最多显示 N 条结果（默认 20）。</translation>
    </message>
    <message>
        <source>Searches the titles and texts of the sources. Every word must occur; &quot;quoted words&quot; must occur together. Nothing you type is an operator.</source>
        <translation>搜索来源的标题和正文。每个词都必须出现；“引号中的词”必须连在一起出现。输入的内容都不会被当作运算符。</translation>
    </message>
    <message>
        <source>dealscope-cli search: --limit takes a positive number.
</source>
        <translation>dealscope-cli search：--limit 需要一个正数。
</translation>
    </message>
    <message>
        <source>dealscope-cli search: %1
</source>
        <translation>dealscope-cli search：%1
</translation>
    </message>
    <message>
        <source>No source matches.
</source>
        <translation>没有匹配的来源。
</translation>
    </message>
    <message>
        <source>(more results; use --limit to see them)
</source>
        <translation>（还有更多结果；使用 --limit 查看）
</translation>
    </message>
    <message>
        <source>Find the figures of articles and propose claims for them.</source>
        <translation>查找文章中的数字并为其建议说法。</translation>
    </message>
    <message>
        <source>Add articles as sources (and their figures as claims).</source>
        <translation>将文章添加为来源（并将其数字添加为说法）。</translation>
    </message>
    <message>
        <source>Search the titles and texts of the sources.</source>
        <translation>搜索来源的标题和正文。</translation>
    </message>
    <message>
        <source>Refuse articles larger than MB megabytes (default 10).</source>
        <translation>拒绝大于 MB 兆字节的文章（默认 10）。</translation>
    </message>
    <message>
        <source>dealscope-cli: --max-size takes a positive number of megabytes.
</source>
        <translation>dealscope-cli：--max-size 需要一个正数（兆字节）。
</translation>
    </message>
    <message>
        <source>(these words are in most sources: the best matches among the newest %1 are shown; add words to narrow the search)
</source>
        <translation>（大多数来源都包含这些词：仅显示最新 %1 个来源中的最佳结果；添加更多词可缩小范围）
</translation>
    </message>
    <message>
        <source>dealscope-cli: %1 is larger than 512 MB.
</source>
        <translation>dealscope-cli：%1 大于 512 MB。
</translation>
    </message>
    <message>
        <source>Say what would be added and merged; write nothing.</source>
        <translation>说明将添加和合并的内容；不写入任何数据。</translation>
    </message>
    <message>
        <source>Imports a JSON document (as `export --format json` writes it) into a DealScope file (created when it does not exist), in one transaction: companies are merged by name or alias and sources by key; deals, flows and claims are added.</source>
        <translation>将 JSON 文档（即 `export --format json` 的输出）导入 DealScope 文件（不存在时创建），在一个事务中完成：公司按名称或别名合并，来源按键合并；交易、资金流和说法则被添加。</translation>
    </message>
    <message>
        <source>dealscope-cli import-json: %1
</source>
        <translation>dealscope-cli import-json：%1
</translation>
    </message>
    <message>
        <source>Would add %1 companies (%2 merged with existing ones), %3 sources (%4 merged), %5 deals, %6 flows, %7 claims.
</source>
        <translation>将添加 %1 家公司（%2 家与现有公司合并）、%3 个来源（%4 个合并）、%5 笔交易、%6 条资金流、%7 条说法。
</translation>
    </message>
    <message>
        <source>Added %1 companies (%2 merged with existing ones), %3 sources (%4 merged), %5 deals, %6 flows, %7 claims.
</source>
        <translation>已添加 %1 家公司（%2 家与现有公司合并）、%3 个来源（%4 个合并）、%5 笔交易、%6 条资金流、%7 条说法。
</translation>
    </message>
    <message>
        <source>Check every row and count; write nothing.</source>
        <translation>检查并统计每一行；不写入任何数据。</translation>
    </message>
    <message>
        <source>Which column holds what, e.g. &quot;Investor=payer,Startup=payee&quot; (fields: payer, payee, kind, amount, date, deal, status, quote, note, ignore). Columns not named are guessed from their header.</source>
        <translation>哪一列包含什么，例如 &quot;Investor=payer,Startup=payee&quot;（字段：payer、payee、kind、amount、date、deal、status、quote、note、ignore）。未指定的列根据表头推断。</translation>
    </message>
    <message>
        <source>Imports flows from a CSV file, one per row, in one transaction: every row or none. Rows with errors are reported with their line numbers.</source>
        <translation>从 CSV 文件导入资金流，每行一条，在一个事务中完成：全部导入或全部不导入。出错的行会附行号报告。</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: %1
</source>
        <translation>dealscope-cli import-csv：%1
</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: cannot map &apos;%1&apos; (columns: %2).
</source>
        <translation>dealscope-cli import-csv：无法映射“%1”（列：%2）。
</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: nothing was imported; fix these rows:
</source>
        <translation>dealscope-cli import-csv：未导入任何内容；请修正以下各行：
</translation>
    </message>
    <message>
        <source>Would add %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).
</source>
        <translation>将添加 %1 条资金流（%2 笔交易）、%3 条说法、%4 家新公司（%5 行）。
</translation>
    </message>
    <message>
        <source>Added %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).
</source>
        <translation>已添加 %1 条资金流（%2 笔交易）、%3 条说法、%4 家新公司（%5 行）。
</translation>
    </message>
    <message>
        <source>Output format: json, csv (with --table), gexf (Gephi) or graphml (Cytoscape, igraph, networkx).</source>
        <translation>输出格式：json、csv（配合 --table）、gexf（Gephi）或 graphml（Cytoscape、igraph、networkx）。</translation>
    </message>
    <message>
        <source>For CSV: the table to write: deals, flows or claims.</source>
        <translation>CSV：要写出的表：deals、flows 或 claims。</translation>
    </message>
    <message>
        <source>For CSV: start with a UTF-8 byte-order mark (for spreadsheets).</source>
        <translation>CSV：以 UTF-8 字节顺序标记开头（供电子表格使用）。</translation>
    </message>
    <message>
        <source>dealscope-cli export: unknown format &apos;%1&apos; (known: json, csv, gexf, graphml).
</source>
        <translation>dealscope-cli export：未知格式“%1”（已知：json、csv、gexf、graphml）。
</translation>
    </message>
    <message>
        <source>dealscope-cli export: CSV needs --table deals, flows or claims.
</source>
        <translation>dealscope-cli export：CSV 需要 --table deals、flows 或 claims。
</translation>
    </message>
    <message>
        <source>Import a JSON document (as export writes it) into a file.</source>
        <translation>将 JSON 文档（export 的输出）导入文件。</translation>
    </message>
    <message>
        <source>Import flows from a CSV file, all rows or none.</source>
        <translation>从 CSV 文件导入资金流，全部或全不。</translation>
    </message>
    <message>
        <source>Finds the figures of articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or folders of them) and proposes a claim for each: amount, who pays whom, kind, status, date and the quote. Offsets are UTF-16 code units in the article&apos;s text; a .txt file is read as it is, so they refer to the file&apos;s own text.</source>
        <translation>查找文章（文本、Markdown、保存为 HTML 或 MHTML 的网页、PDF，或包含它们的文件夹）中的数字，并为每个数字提出一条说法：金额、谁付给谁、类型、状态、日期和引文。偏移量是文章文本中的 UTF-16 代码单元；.txt 文件按原样读取，因此偏移量指向文件本身的文本。</translation>
    </message>
    <message>
        <source>  [%1]</source>
        <translation>  [%1]</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <source>Adds articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or folders of them) as sources, with the metadata they state. An article already there (the same text) is not added twice. With --accept, the figures found become claims: on an existing flow when payer, payee, kind and date match, else on a new deal; those DealScope is unsure of (a side guessed or missing, a name it does not know, not a payment, no number) are listed, not added. Reports per file what happened.</source>
        <translation>将文章（文本、Markdown、以 HTML 或 MHTML 保存的网页、PDF；或包含它们的文件夹）作为来源添加，并带上其中注明的元数据。已存在的文章（相同文本）不会重复添加。使用 --accept 时，找到的数字成为说法：付款方、收款方、类型和日期相符时加入现有资金流，否则加入新交易；DealScope 不确定的（一方是推测的或缺失、名称未知、不是付款、没有数字）只列出，不添加。逐个文件报告处理结果。</translation>
    </message>
    <message>
        <source>  skipped %1 (unsure): %2
</source>
        <translation>  已跳过 %1（不确定）：%2
</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation>CSV 文件不是有效的 UTF-8；请另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：引号字段未闭合。</translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation>CSV 文件没有表头行。</translation>
    </message>
    <message>
        <source>Choose the columns that hold the payer and the payee.</source>
        <translation>请选择包含付款方和收款方的列。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the payer and the payee are both needed</source>
        <translation>付款方和收款方都必须填写</translation>
    </message>
    <message>
        <source>the payer and the payee are the same company (%1)</source>
        <translation>付款方和收款方是同一家公司（%1）</translation>
    </message>
    <message>
        <source>“%1” is not a kind (equity, compute, chips, loan, acquisition, licensing, partnership)</source>
        <translation>“%1”不是类型（equity、compute、chips、loan、acquisition、licensing、partnership）</translation>
    </message>
    <message>
        <source>“%1” is not a status (rumoured, in talks, announced, completed, cancelled)</source>
        <translation>“%1”不是状态（rumoured、in talks、announced、completed、cancelled）</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18)</source>
        <translation>“%1”不是日期（2025、2025-11 或 2025-11-18）</translation>
    </message>
    <message>
        <source>“%1” is not an amount (e.g. $30 billion, up to $5B, 1500000)</source>
        <translation>“%1”不是金额（例如 $30 billion、up to $5B、1500000）</translation>
    </message>
    <message>
        <source>Flows imported from a CSV file.</source>
        <translation>从 CSV 文件导入的资金流。</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when approximate).</source>
        <translation>“%1”不是日期（2025、2025-11 或 2025-11-18；约略时加 ~）。</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>博客</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>合成</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>A company needs a name.</source>
        <translation>公司需要名称。</translation>
    </message>
    <message>
        <source>“%1” already names another company.</source>
        <translation>“%1”已是另一家公司的名称。</translation>
    </message>
    <message>
        <source>Aliases must be different from each other and from the name.</source>
        <translation>别名之间以及与名称之间必须互不相同。</translation>
    </message>
    <message>
        <source>A flow&apos;s payer cannot be its payee.</source>
        <translation>资金流的付款方不能同时是收款方。</translation>
    </message>
    <message>
        <source>A flow needs a payer and a payee.</source>
        <translation>资金流需要付款方和收款方。</translation>
    </message>
    <message>
        <source>A company cannot be merged into itself.</source>
        <translation>公司不能与自身合并。</translation>
    </message>
    <message>
        <source>There is no such company.</source>
        <translation>没有这家公司。</translation>
    </message>
    <message>
        <source>%1 and %2 have flows between them (%3): merged, a company would pay itself. Delete or change those flows first.</source>
        <translation>%1 与 %2 之间有资金流（%3）：合并后公司将付款给自己。请先删除或更改这些资金流。</translation>
    </message>
    <message>
        <source>This company still has %1 flows or claims: delete or move them first (or merge the company into another).</source>
        <translation>这家公司仍有 %1 条资金流或说法：请先删除或移走它们（或将该公司合并到另一家公司）。</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB.</source>
        <translation>%1 大于 512 MB。</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>导入 JSON</translation>
    </message>
    <message>
        <source>DealScope JSON (*.json);;All files (*)</source>
        <translation>DealScope JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import the JSON file</source>
        <translation>无法导入 JSON 文件</translation>
    </message>
    <message>
        <source>%1 companies to add (%2 already here by name or alias), %3 sources to add (%4 already here by key), %5 deals, %6 flows and %7 claims to add.</source>
        <translation>将添加 %1 家公司（%2 家已按名称或别名存在）、%3 个来源（%4 个已按键存在）、%5 笔交易、%6 条资金流和 %7 条说法。</translation>
    </message>
    <message>
        <source>Import %1 into this file?</source>
        <translation>将 %1 导入此文件？</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表导出为 CSV</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>资金流</translation>
    </message>
    <message>
        <source>Claims (with their quotes)</source>
        <translation>说法（含引文）</translation>
    </message>
    <message>
        <source>Start with a byte-order mark (for spreadsheets)</source>
        <translation>以字节顺序标记开头（供电子表格使用）</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>无法导出表</translation>
    </message>
    <message>
        <source>Import Flows from CSV</source>
        <translation>从 CSV 导入资金流</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import the CSV file</source>
        <translation>无法导入 CSV 文件</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Relies on %1 (not in the database).</source>
        <translation>依据 %1（不在数据库中）。</translation>
    </message>
    <message>
        <source>Say who pays.</source>
        <translation>请指明付款方。</translation>
    </message>
    <message>
        <source>Say which company the figure is about.</source>
        <translation>请指明该数字涉及的公司。</translation>
    </message>
    <message>
        <source>Say who is paid.</source>
        <translation>请指明收款方。</translation>
    </message>
    <message>
        <source>The payer and the payee are the same company.</source>
        <translation>付款方和收款方是同一家公司。</translation>
    </message>
    <message>
        <source>The figure has no value.</source>
        <translation>该数字没有数值。</translation>
    </message>
    <message>
        <source>A stake is a percentage between 0 and 100.</source>
        <translation>持股比例应是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Figure %1 (%2): %3</source>
        <translation>数字 %1（%2）：%3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Created the deal “%1” with its flow.</source>
        <translation>已创建交易“%1”及其资金流。</translation>
    </message>
    <message>
        <source>Added a %1 claim on %2 about %3.</source>
        <translation>已为 %2 添加关于 %3 的%1说法。</translation>
    </message>
    <message>
        <source>Added a %1 claim on %2.</source>
        <translation>已为 %2 添加%1说法。</translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <translation>%1 → %2，%3，%4</translation>
    </message>
    <message>
        <source>Added to the existing flow %1 as a direction dispute (this article says %2 pays %3).</source>
        <translation>已作为方向争议加入现有资金流 %1（本文称 %2 向 %3 付款）。</translation>
    </message>
    <message>
        <source>Added to the existing flow %1.</source>
        <translation>已加入现有资金流 %1。</translation>
    </message>
</context>
<context>
    <name>Pg</name>
    <message>
        <source>Cannot connect to %1: out of memory.</source>
        <translation>无法连接到 %1：内存不足。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot talk UTF-8 with %1: %2</source>
        <translation>无法与 %1 以 UTF-8 通信：%2</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>There is no such deal.</source>
        <translation>没有这笔交易。</translation>
    </message>
    <message>
        <source>There is no such flow.</source>
        <translation>没有这个资金流。</translation>
    </message>
    <message>
        <source>There is no such source.</source>
        <translation>没有这个来源。</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>交易需要标题。</translation>
    </message>
    <message>
        <source>A source needs a title or a publisher.</source>
        <translation>来源需要标题或发布方。</translation>
    </message>
    <message>
        <source>Choose the source that makes this claim.</source>
        <translation>请选择提出此说法的来源。</translation>
    </message>
    <message>
        <source>A claim is about exactly one flow, deal or company.</source>
        <translation>一条说法只针对一个资金流、一笔交易或一家公司。</translation>
    </message>
    <message>
        <source>Enter the amount the source states.</source>
        <translation>请输入来源所述的金额。</translation>
    </message>
    <message>
        <source>Enter the date the source states.</source>
        <translation>请输入来源所述的日期。</translation>
    </message>
    <message>
        <source>A stake is a percentage above 0 and at most 100.</source>
        <translation>持股比例须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>The quote does not stand in the source&apos;s text: copy a sentence from the article.</source>
        <translation>引文不在来源文本中：请从文章中复制一句话。</translation>
    </message>
    <message>
        <source>A company cannot invest in or hold itself.</source>
        <translation>公司不能投资或持有自身。</translation>
    </message>
    <message>
        <source>The source cannot say that a company pays itself.</source>
        <translation>来源不能说一家公司付款给自己。</translation>
    </message>
</context>
<context>
    <name>ds::Checks</name>
    <message>
        <source>Database damage: %1</source>
        <translation>数据库损坏：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Claim %1 has no source.</source>
        <translation>说法 %1 没有来源。</translation>
    </message>
    <message>
        <source>Claim %1: its minimum amount exceeds its maximum.</source>
        <translation>说法 %1：最小金额超过最大金额。</translation>
    </message>
    <message>
        <source>Claim %1 is about an amount but has none.</source>
        <translation>说法 %1 涉及金额但没有金额。</translation>
    </message>
    <message>
        <source>Claim %1 is orphaned: its quote no longer matches its source.</source>
        <translation>说法 %1 已失去锚点：其引文与来源不再匹配。</translation>
    </message>
    <message>
        <source>Deal %1 has neither flows nor claims.</source>
        <translation>交易 %1 既没有资金流也没有说法。</translation>
    </message>
    <message>
        <source>Source %1 cites itself.</source>
        <translation>来源 %1 引用了自身。</translation>
    </message>
    <message>
        <source>Claim %1: its quote ends at %2, past the end of its source&apos;s text (%3).</source>
        <translation>说法 %1：其引文结束于 %2，超出来源文本末尾（%3）。</translation>
    </message>
    <message>
        <source>Claim %1: its quote does not match its source&apos;s text at offsets %2–%3.</source>
        <translation>说法 %1：其引文与来源文本在偏移 %2–%3 处不匹配。</translation>
    </message>
    <message>
        <source>Source %1 is part of a citation loop.</source>
        <translation>来源 %1 处于引用循环中。</translation>
    </message>
</context>
<context>
    <name>ds::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>查询未返回任何行。</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Saving a copy failed: %1</source>
        <translation>保存副本失败：%1</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>事务已经结束。</translation>
    </message>
    <message>
        <source>Another program is writing to this file and did not finish within %1 seconds; nothing was changed here. Try again in a moment.</source>
        <translation>另一个程序正在写入此文件，%1 秒内未完成；此处未做任何更改。请稍后再试。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1 is open in DealScope; choose another name.</source>
        <translation>%1 已在 DealScope 中打开；请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>ds::Files</name>
    <message>
        <source>%1 is a DealScope file open in this program; choose another name.</source>
        <translation>%1 是本程序中已打开的 DealScope 文件；请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is a DealScope file open in this program; it cannot be read as an article or an import.</source>
        <translation>%1 是本程序中已打开的 DealScope 文件；不能作为文章或导入文件读取。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ds::Import</name>
    <message>
        <source>%1 nests its elements more than 512 deep; the deeper tags were read as plain text.</source>
        <translation>%1 的元素嵌套超过 512 层；更深的标签按纯文本读取。</translation>
    </message>
    <message>
        <source>No article stood out in %1, so all of its visible text was kept: check the text and the figures in the review.</source>
        <translation>%1 中没有突出的文章，因此保留了其全部可见文本：请在审阅中检查文本和数字。</translation>
    </message>
    <message>
        <source>%1 holds no article text.</source>
        <translation>%1 不包含文章正文。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>%1 过大（%2 MB；上限为 %3 MB）。</translation>
    </message>
</context>
<context>
    <name>ds::Money</name>
    <message>
        <source>up to %1</source>
        <translation>最多%1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少%1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约%1</translation>
    </message>
</context>
<context>
    <name>ds::PartialDate</name>
    <message>
        <source>c. %1</source>
        <comment>an approximate date, e.g. c. Nov 2025</comment>
        <translation>约 %1</translation>
    </message>
</context>
<context>
    <name>ds::Schema</name>
    <message>
        <source>This file was written by a newer version of DealScope (format %1; this version reads up to %2). Update DealScope to open it.</source>
        <translation>此文件由更新版本的 DealScope 写入（格式 %1；此版本最多读取 %2）。请更新 DealScope 后再打开。</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>将文件升级到格式 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ds::Search</name>
    <message>
        <source>Type a word or a &quot;phrase&quot; to search for.</source>
        <translation>请输入要搜索的词或“短语”。</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>无法执行搜索：%1</translation>
    </message>
</context>
<context>
    <name>ds::Store</name>
    <message>
        <source>This is not a DealScope file (it is not an SQLite database).</source>
        <translation>这不是 DealScope 文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>The file is truncated (its header is incomplete).</source>
        <translation>文件被截断（文件头不完整）。</translation>
    </message>
    <message>
        <source>The file is damaged (its page size is invalid).</source>
        <translation>文件已损坏（页面大小无效）。</translation>
    </message>
    <message>
        <source>The file is truncated (its size is not a whole number of pages).</source>
        <translation>文件被截断（大小不是整数页）。</translation>
    </message>
    <message>
        <source>The file is truncated: it holds %1 of its %2 pages.</source>
        <translation>文件被截断：只包含 %2 页中的 %1 页。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a DealScope file.</source>
        <translation>%1 是文件夹，不是 DealScope 文件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>文件 %1 已存在；请选择其他名称。</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a DealScope file.</source>
        <translation>文件 %1 为空：不是 DealScope 文件。</translation>
    </message>
    <message>
        <source>The file is damaged or not a DealScope file (%1).</source>
        <translation>文件已损坏或不是 DealScope 文件（%1）。</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another application.</source>
        <translation>此 SQLite 文件属于其他应用程序。</translation>
    </message>
    <message>
        <source>This SQLite file is not a DealScope file (it has other tables).</source>
        <translation>此 SQLite 文件不是 DealScope 文件（包含其他表）。</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>此 SQLite 库无法强制执行外键。</translation>
    </message>
    <message>
        <source>Cannot add the company “%1”: %2</source>
        <translation>无法添加公司“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot add the alias “%1”: %2</source>
        <translation>无法添加别名“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot add the source “%1”: %2</source>
        <translation>无法添加来源“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot add the deal “%1”: %2</source>
        <translation>无法添加交易“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot add the flow: %1</source>
        <translation>无法添加资金流：%1</translation>
    </message>
    <message>
        <source>Cannot add the claim: %1</source>
        <translation>无法添加说法：%1</translation>
    </message>
    <message>
        <source>There is no source with id %1.</source>
        <translation>不存在 ID 为 %1 的来源。</translation>
    </message>
    <message>
        <source>There is no flow with id %1.</source>
        <translation>不存在 ID 为 %1 的资金流。</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>不存在 ID 为 %1 的交易。</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>不存在 ID 为 %1 的公司。</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>查询已取消。</translation>
    </message>
</context>
<context>
    <name>ds::Types</name>
    <message>
        <source>AI lab</source>
        <translation>AI 实验室</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Chipmaker</source>
        <translation>芯片制造商</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Rumoured</source>
        <translation>传闻</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Equity investment</source>
        <translation>股权投资</translation>
    </message>
    <message>
        <source>Compute commitment</source>
        <translation>算力承诺</translation>
    </message>
    <message>
        <source>Chip purchase</source>
        <translation>芯片采购</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>收购</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>授权许可</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Existence</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>持股</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>已弃用</translation>
    </message>
</context>
<context>
    <name>ds::analysis</name>
    <message>
        <source>%1 in %2</source>
        <translation>%2：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n claims)</source>
        <translation>
            <numerusform>%1（%n 条说法）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 independent</source>
        <translation>，%1 个独立</translation>
    </message>
    <message>
        <source>no source states an amount</source>
        <translation>没有来源给出金额</translation>
    </message>
    <message>
        <source>all agree on %1</source>
        <translation>均认同 %1</translation>
    </message>
    <message>
        <source>sources disagree on the amount: %1</source>
        <translation>来源在金额上存在分歧：%1</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> 对 </translation>
    </message>
    <message numerus="yes">
        <source>%n disagree(s) on the amount: %1</source>
        <translation>
            <numerusform>%n 条在金额上不一致：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n deprecated claim(s) not counted</source>
        <translation>
            <numerusform>%n 条已弃用的说法未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>归属</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>existence</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>not counted (deprecated)</source>
        <translation>未计入（已弃用）</translation>
    </message>
    <message>
        <source>states no amount</source>
        <translation>未给出金额</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>公司 %1</translation>
    </message>
    <message>
        <source>direction: %1 says %2 pays %3</source>
        <translation>方向：%1 称 %2 付给 %3</translation>
    </message>
    <message>
        <source>attribution: %1 says %2 pays %3</source>
        <translation>归属：%1 称 %2 付给 %3</translation>
    </message>
    <message>
        <source>date: %1 says %2</source>
        <translation>日期：%1 称为 %2</translation>
    </message>
    <message>
        <source>existence: %1 contradicts it</source>
        <translation>存在：%1 否认</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>%1: no combination of the flows adds up to it</source>
        <translation>%1：没有任何资金流组合之和等于此数</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>未知来源 %1</translation>
    </message>
    <message>
        <source>%1, citing %2</source>
        <translation>%1，引用 %2</translation>
    </message>
    <message>
        <source>untitled article %1</source>
        <translation>无标题文章 %1</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source> (counting %1, which runs the other way)</source>
        <translation>（计入 %1，其方向相反）</translation>
    </message>
    <message>
        <source>status: %1 says %2</source>
        <translation>状态：%1 称 %2</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ds::exchange</name>
    <message>
        <source>Cannot write the graph: %1</source>
        <translation>无法写入图：%1</translation>
    </message>
</context>
<context>
    <name>ds::gen</name>
    <message>
        <source>A synthetic dataset needs at least one deal and two companies.</source>
        <translation>合成数据集至少需要一个交易和两家公司。</translation>
    </message>
    <message>
        <source>Synthetic data can only be generated into an empty file.</source>
        <translation>只能在空文件中生成合成数据。</translation>
    </message>
    <message>
        <source>Generation was cancelled.</source>
        <translation>生成已取消。</translation>
    </message>
</context>
<context>
    <name>ds::gui::AmountDialog</name>
    <message>
        <source>Edit Amount</source>
        <translation>编辑金额</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>原文金额</translation>
    </message>
    <message>
        <source>e.g. $30 billion, up to $5B, €15 million, $5–10 billion</source>
        <translation>例如 $30 billion、up to $5B、€15 million、$5–10 billion</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read.</source>
        <translation>“%1”不是 DealScope 能识别的金额。</translation>
    </message>
</context>
<context>
    <name>ds::gui::ArticleReader</name>
    <message>
        <source>Article text</source>
        <translation>文章文本</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>publisher unknown</source>
        <translation>发布者未知</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>DealScope does not have this article&apos;s text. Attach it with File › Attach Article Text… to read the quote in place.</source>
        <translation>DealScope 没有此文章的文本。通过“文件 › 附加文章文本…”附加后即可在原文中阅读引文。</translation>
    </message>
</context>
<context>
    <name>ds::gui::Attach</name>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <source>Quotes in place: %1. Moved to where they now stand: %2. Found by their context: %3. Found ignoring typography and spacing: %4.</source>
        <translation>位置不变的引文：%1。已移到新位置：%2。通过上下文找到：%3。忽略排版和空白后找到：%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) no longer match the text: they keep their place and are flagged as orphaned.</source>
        <translation>
            <numerusform>%n 条引文与文本不再匹配：保留原位置并标记为失去锚点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Article Text</source>
        <translation>附加文章文本</translation>
    </message>
    <message>
        <source>This file has no sources to attach a text to.</source>
        <translation>此文件没有可附加文本的来源。</translation>
    </message>
    <message>
        <source>Source whose text you have:</source>
        <translation>您拥有其文本的来源：</translation>
    </message>
    <message>
        <source>Article Text</source>
        <translation>文章文本</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot attach the text</source>
        <translation>无法附加文本</translation>
    </message>
    <message>
        <source>Text attached</source>
        <translation>文本已附加</translation>
    </message>
    <message>
        <source>Attach a text to %1</source>
        <translation>为 %1 附加文本</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimActions</name>
    <message>
        <source>Add &amp;Claim to Selected Flow…</source>
        <translation>为所选资金流添加说法(&amp;C)…</translation>
    </message>
    <message>
        <source>Record what a source says about the selected flow</source>
        <translation>记录某来源对所选资金流的说法</translation>
    </message>
    <message>
        <source>Add &amp;Headline Total to Selected Deal…</source>
        <translation>添加所选交易的公布总额(&amp;H)…</translation>
    </message>
    <message>
        <source>Record the total a source states for the selected deal</source>
        <translation>记录某来源为所选交易给出的总额</translation>
    </message>
    <message>
        <source>Add Claim &amp;about Focused Company…</source>
        <translation>为当前公司添加说法(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a valuation, a stake or a total invested that a source states</source>
        <translation>记录某来源给出的估值、持股或投资总额</translation>
    </message>
    <message>
        <source>the headline total of %1</source>
        <translation>%1 的公布总额</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>a flow</source>
        <translation>一条资金流</translation>
    </message>
    <message>
        <source>Add a claim on %1</source>
        <translation>为 %1 添加说法</translation>
    </message>
    <message>
        <source>Change amount of %1</source>
        <translation>更改 %1 的金额</translation>
    </message>
    <message>
        <source>Edit a claim on %1</source>
        <translation>编辑 %1 的说法</translation>
    </message>
    <message>
        <source>Rank a claim on %1 %2</source>
        <translation>将 %1 的说法设为%2</translation>
    </message>
    <message>
        <source>Delete a claim on %1</source>
        <translation>删除 %1 的说法</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimCard</name>
    <message>
        <source>date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>%1 · status: %2</source>
        <translation>%1 · 状态：%2</translation>
    </message>
    <message>
        <source>%1 on the %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>orphaned quote</source>
        <translation>引文失去锚点</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Copy a plain-text citation of this claim (publisher, title, date, quote)</source>
        <translation>复制此说法的纯文本引用（发布者、标题、日期、引文）</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit &amp;Amount…</source>
        <translation>编辑金额(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit &amp;Claim…</source>
        <translation>编辑说法(&amp;C)…</translation>
    </message>
    <message>
        <source>Change the source, what it states, the stance or the quote</source>
        <translation>更改来源、所述内容、立场或引文</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>等级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>删除说法(&amp;D)</translation>
    </message>
    <message>
        <source>Edit the claim</source>
        <translation>编辑说法</translation>
    </message>
    <message>
        <source>Claim from %1: %2</source>
        <translation>来自 %1 的说法：%2</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation>编辑说法</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>添加说法</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What the source states</source>
        <translation>来源所述内容</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>原文金额</translation>
    </message>
    <message>
        <source>e.g. $30 billion, up to $5B, €15 million, $5–10 billion</source>
        <translation>例如 $30 billion、up to $5B、€15 million、$5–10 billion</translation>
    </message>
    <message>
        <source>Stake in percent</source>
        <translation>持股百分比</translation>
    </message>
    <message>
        <source>e.g. 27 or 27.5</source>
        <translation>例如 27 或 27.5</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>the company invested in or held (optional)</source>
        <translation>被投资或被持有的公司（可选）</translation>
    </message>
    <message>
        <source>Payer as the source states it</source>
        <translation>来源所述的付款方</translation>
    </message>
    <message>
        <source>only when the source says who pays</source>
        <translation>仅当来源说明谁付款时</translation>
    </message>
    <message>
        <source>Payee as the source states it</source>
        <translation>来源所述的收款方</translation>
    </message>
    <message>
        <source>only when the source says who is paid</source>
        <translation>仅当来源说明谁收款时</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>The deal&apos;s status as the source states it</source>
        <translation>来源所述的交易状态</translation>
    </message>
    <message>
        <source>What the source says of the deal&apos;s stage (“announced plans”, “has finalized”). Sources that state different stages at the same time make a status dispute.</source>
        <translation>来源对交易阶段的说法（“宣布计划”“已完成”）。同一时间说法不同的来源构成状态争议。</translation>
    </message>
    <message>
        <source>Date as stated</source>
        <translation>所述日期</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025、2025-11 或 2025-11-18；约略时加 ~</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>the sentence of the article that says it (optional)</source>
        <translation>文章中说明此事的句子（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Stat&amp;es</source>
        <translation>所述(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>立场(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>百分比(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;In company</source>
        <translation>所涉公司(&amp;I)</translation>
    </message>
    <message>
        <source>Says &amp;who pays</source>
        <translation>所述付款方(&amp;W)</translation>
    </message>
    <message>
        <source>Says who &amp;receives</source>
        <translation>所述收款方(&amp;R)</translation>
    </message>
    <message>
        <source>Says the dea&amp;l is</source>
        <translation>所述交易状态(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引文(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Choose one of the file&apos;s sources (New Source… adds one).</source>
        <translation>请选择文件中的一个来源（“新建来源…”可添加）。</translation>
    </message>
    <message>
        <source>Enter the amount the source states.</source>
        <translation>请输入来源所述的金额。</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read.</source>
        <translation>“%1”不是 DealScope 能识别的金额。</translation>
    </message>
    <message>
        <source>Enter the date the source states.</source>
        <translation>请输入来源所述的日期。</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>“%1”不是百分比。</translation>
    </message>
    <message>
        <source>“%1” is not a company of this file.</source>
        <translation>“%1”不是此文件中的公司。</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyActions</name>
    <message>
        <source>Edit Focused Com&amp;pany…</source>
        <translation>编辑当前公司(&amp;P)…</translation>
    </message>
    <message>
        <source>Rename the focused company, change its kind or aliases</source>
        <translation>重命名当前公司，或更改其类型或别名</translation>
    </message>
    <message>
        <source>&amp;Merge Focused Company Into…</source>
        <translation>将当前公司合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Move a company&apos;s flows, claims, name and aliases to another company (for duplicates)</source>
        <translation>将一家公司的资金流、说法、名称和别名移到另一家公司（用于重复项）</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>新建公司(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete Focused Compan&amp;y</source>
        <translation>删除当前公司(&amp;Y)</translation>
    </message>
    <message>
        <source>Delete the focused company when no flow or claim refers to it</source>
        <translation>当没有资金流或说法引用当前公司时删除它</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation>添加公司 %1</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>编辑公司 %1</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>删除公司 %1</translation>
    </message>
    <message>
        <source>Merge Company</source>
        <translation>合并公司</translation>
    </message>
    <message>
        <source>Merge %1 into (its flows, claims, name and aliases move there):</source>
        <translation>将 %1 合并到（其资金流、说法、名称和别名将移至该公司）：</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation>编辑公司</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Company kind</source>
        <translation>公司类型</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>other names, separated by commas (e.g. AWS, Amazon.com)</source>
        <translation>其他名称，以逗号分隔（例如 AWS, Amazon.com）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>别名(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyDock</name>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>搜索公司</translation>
    </message>
    <message>
        <source>Company search</source>
        <translation>公司搜索</translation>
    </message>
    <message>
        <source>Company list</source>
        <translation>公司列表</translation>
    </message>
    <message>
        <source>&amp;Edit Company…</source>
        <translation>编辑公司(&amp;E)…</translation>
    </message>
    <message>
        <source>The companies cannot be read: %1</source>
        <translation>无法读取公司：%1</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyListModel</name>
    <message>
        <source>%1 — also known as %2</source>
        <translation>%1 — 又称 %2</translation>
    </message>
</context>
<context>
    <name>ds::gui::CsvImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Import Flows from %1</source>
        <translation>从 %1 导入资金流</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>列 %1 的内容</translation>
    </message>
    <message>
        <source>Check the rows again after changing the columns.</source>
        <translation>更改列后请重新检查各行。</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>检查报告</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Choose what each column holds (payer and payee are needed), check the rows, then import them: all or none.</source>
        <translation>
            <numerusform>%Ln 行。请选择每列的内容（必须有付款方和收款方），检查各行后导入：全部或全不。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check Rows</source>
        <translation>检查各行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>These rows need fixing in the file; nothing will be imported until they are:</source>
        <translation>文件中的以下各行需要修正；修正前不会导入任何内容：</translation>
    </message>
    <message>
        <source>Ready: %1 flows in %2 deals, %3 claims with amounts, %4 new companies.</source>
        <translation>就绪：%1 条资金流（%2 笔交易）、%3 条带金额的说法、%4 家新公司。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n flow(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 条资金流</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::CyclesDock</name>
    <message>
        <source>Cycles</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Through the focused company</source>
        <translation>经过所选公司</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>最多 </translation>
    </message>
    <message>
        <source> flows</source>
        <translation> 条资金流</translation>
    </message>
    <message>
        <source>Longest cycle</source>
        <translation>最长循环</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Only cycles whose flows all fall within this many months</source>
        <translation>仅限所有资金流都在此月数内的循环</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Money goes round</source>
        <translation>资金循环</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>资金流</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>Cycles, largest first</source>
        <translation>循环，最大的在前</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>无法读取资金流：%1</translation>
    </message>
    <message>
        <source>Reading the flows and their figures…</source>
        <translation>正在读取资金流及其数字…</translation>
    </message>
    <message>
        <source>Select a company to list the cycles through it.</source>
        <translation>选择一家公司以列出经过它的循环。</translation>
    </message>
    <message>
        <source>%1 flows: tick &quot;Through the focused company&quot; and select a company to list its cycles.</source>
        <translation>%1 条资金流：请勾选“经过所选公司”并选择一家公司以列出其循环。</translation>
    </message>
    <message>
        <source>Searching for cycles…</source>
        <translation>正在查找循环…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cycle(s), the %1 largest shown</source>
        <translation>
            <numerusform>%Ln 个循环，显示最大的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cycle(s)</source>
        <translation>
            <numerusform>%Ln 个循环</numerusform>
        </translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>金额未知</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>新建交易</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>编辑交易</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>交易标题</translation>
    </message>
    <message>
        <source>e.g. Microsoft invests in OpenAI</source>
        <translation>例如：微软投资 OpenAI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025、2025-11 或 2025-11-18；约略时加 ~</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>Deal note</source>
        <translation>交易备注</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Announced</source>
        <translation>宣布日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>First flow of money</source>
        <translation>第一笔资金流</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealTableModel</name>
    <message>
        <source>Approximate date</source>
        <translation>大致日期</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>有争议：%1</translation>
    </message>
    <message>
        <source>The sources disagree on the status: %1</source>
        <translation>来源对状态说法不一：%1</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount (as stated)</source>
        <translation>金额（原文表述）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealTableView</name>
    <message>
        <source>Filter by deal, payer or payee (Ctrl+F)</source>
        <translation>按交易、付款方或收款方筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Deal filter</source>
        <translation>交易筛选</translation>
    </message>
    <message>
        <source>Show all companies</source>
        <translation>显示所有公司</translation>
    </message>
    <message>
        <source>Deal table</source>
        <translation>交易表</translation>
    </message>
    <message>
        <source>Showing the flows paid or received by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>显示 &lt;b&gt;%1&lt;/b&gt; 支付或收到的资金流</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>无法读取资金流：%1</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>正在加载资金流…</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) shown</source>
        <translation>
            <numerusform>显示 %n 条资金流</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::DisputesDock</name>
    <message>
        <source>Disputes</source>
        <translation>争议</translation>
    </message>
    <message>
        <source>Disputed figures</source>
        <translation>有争议的数字</translation>
    </message>
    <message>
        <source>The disputes cannot be worked out: %1</source>
        <translation>无法得出争议：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed figure(s) — the sources disagree on an amount, on who pays whom, on a date, on the status or on whether a deal exists.</source>
        <translation>
            <numerusform>%n 个有争议的数字——来源在金额、谁付钱给谁、日期、状态或交易是否存在上说法不一。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::DisputesModel</name>
    <message>
        <source>Headline total</source>
        <translation>公布总额</translation>
    </message>
    <message>
        <source> (%1 pays %2)</source>
        <translation>（%1 付给 %2）</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Disagree on</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Sources on each side</source>
        <translation>各方来源</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ds::gui::Document</name>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <source>Choose another name: this is the open file.</source>
        <translation>请选择其他名称：这是当前打开的文件。</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>资金流</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Another program changed this file (%1); the views show it now.</source>
        <translation>另一个程序更改了此文件（%1）；视图现已显示更改。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ds::gui::Export</name>
    <message>
        <source>Cannot export to “%1”: the file must end in .png, .svg or .pdf.</source>
        <translation>无法导出到“%1”：文件必须以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>The size must be between 16 and 20000 pixels and the scale between 0.1 and 8.</source>
        <translation>尺寸必须在 16 到 20000 像素之间，缩放比例在 0.1 到 8 之间。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ds::gui::ExportDialog</name>
    <message>
        <source>Add a caption naming the sources</source>
        <translation>添加列出来源的说明文字</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>chart.png, chart.svg or chart.pdf</source>
        <translation>chart.png、chart.svg 或 chart.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Pixels per point in PNG files (2 for sharp images on high-DPI screens)</source>
        <translation>PNG 文件中每点的像素数（高分辨率屏幕上取 2 可获得清晰图像）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowActions</name>
    <message>
        <source>New &amp;Deal…</source>
        <translation>新建交易(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a deal with its first flow of money</source>
        <translation>添加交易及其第一笔资金流</translation>
    </message>
    <message>
        <source>Edit Selected D&amp;eal…</source>
        <translation>编辑所选交易(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected deal&apos;s title, status or announcement date</source>
        <translation>更改所选交易的标题、状态或宣布日期</translation>
    </message>
    <message>
        <source>Add F&amp;low to Selected Deal…</source>
        <translation>向所选交易添加资金流(&amp;L)…</translation>
    </message>
    <message>
        <source>Add another flow of money to the selected deal</source>
        <translation>向所选交易再添加一笔资金流</translation>
    </message>
    <message>
        <source>Edit Selected &amp;Flow…</source>
        <translation>编辑所选资金流(&amp;F)…</translation>
    </message>
    <message>
        <source>Change the selected flow&apos;s payer, payee, kind or date</source>
        <translation>更改所选资金流的付款方、收款方、类型或日期</translation>
    </message>
    <message>
        <source>Delete Selected Flo&amp;w</source>
        <translation>删除所选资金流(&amp;W)</translation>
    </message>
    <message>
        <source>Delete the selected flow with its claims (its deal too when it is the last flow)</source>
        <translation>删除所选资金流及其说法（若为最后一笔，交易也一并删除）</translation>
    </message>
    <message>
        <source>Dele&amp;te Selected Deal</source>
        <translation>删除所选交易(&amp;T)</translation>
    </message>
    <message>
        <source>Delete the selected deal with all its flows and claims</source>
        <translation>删除所选交易及其所有资金流和说法</translation>
    </message>
    <message>
        <source>Add deal %1</source>
        <translation>添加交易 %1</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>编辑交易 %1</translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation>删除交易 %1</translation>
    </message>
    <message>
        <source>Add Flow</source>
        <translation>添加资金流</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>添加一笔资金流</translation>
    </message>
    <message>
        <source>Add flow %1</source>
        <translation>添加资金流 %1</translation>
    </message>
    <message>
        <source>Edit flow %1</source>
        <translation>编辑资金流 %1</translation>
    </message>
    <message>
        <source>Delete flow %1</source>
        <translation>删除资金流 %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowDialog</name>
    <message>
        <source>Edit Flow</source>
        <translation>编辑资金流</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowFields</name>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025、2025-11 或 2025-11-18；约略时加 ~</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>付款方(&amp;P)</translation>
    </message>
    <message>
        <source>Pa&amp;yee</source>
        <translation>收款方(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>“%1” is not a company of this file.</source>
        <translation>“%1”不是此文件中的公司。</translation>
    </message>
    <message>
        <source>A flow&apos;s payer cannot be its payee.</source>
        <translation>资金流的付款方不能同时是收款方。</translation>
    </message>
</context>
<context>
    <name>ds::gui::ImportReport</name>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Imported: %1. Already there: %2. Not imported: %3.</source>
        <translation>已导入：%1。已存在：%2。未导入：%3。</translation>
    </message>
    <message>
        <source>Cancelled: the files after these were not looked at.</source>
        <translation>已取消：之后的文件未被处理。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>&amp;Review Figures…</source>
        <translation>审核数字(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ds::gui::MainWindow</name>
    <message>
        <source>DealScope files (*.dealscope);;All files (*)</source>
        <translation>DealScope 文件 (*.dealscope);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Deals</source>
        <translation>查找交易(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;Company</source>
        <translation>查找公司(&amp;C)</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>清除选择(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DealScope</source>
        <translation>关于 DealScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>New DealScope File</source>
        <translation>新建 DealScope 文件</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>This is the file that is open.</source>
        <translation>这是当前打开的文件。</translation>
    </message>
    <message>
        <source>Open DealScope File</source>
        <translation>打开 DealScope 文件</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>About DealScope</source>
        <translation>关于 DealScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealScope %1&lt;/h3&gt;&lt;p&gt;Explore who funds whom in the AI industry: deals, money flows and the sources behind every figure.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealScope %1&lt;/h3&gt;&lt;p&gt;探索 AI 行业中谁在资助谁：交易、资金流向以及每个数字背后的来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the list.</source>
        <translation>%1 已不存在；已从列表中移除。</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清空菜单</translation>
    </message>
    <message>
        <source>DealScope</source>
        <translation>DealScope</translation>
    </message>
    <message>
        <source>%1 — DealScope</source>
        <translation>%1 — DealScope</translation>
    </message>
    <message>
        <source>%1 companies · %2 sources · %3 deals · %4 flows · %5 claims</source>
        <translation>%1 家公司 · %2 个来源 · %3 个交易 · %4 条资金流 · %5 条说法</translation>
    </message>
    <message>
        <source>&amp;Attach Article Text…</source>
        <translation>附加文章文本(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach the full text of an article to its source and re-anchor its quotes</source>
        <translation>将文章全文附加到其来源并重新定位引文</translation>
    </message>
    <message>
        <source>&amp;Sources of the Figure</source>
        <translation>数字来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation>争议(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>来源列表(&amp;O)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>将时间线导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>D&amp;eal Table</source>
        <translation>交易表(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>筛选(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Statuses</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>the stakes chart</source>
        <translation>持仓图表</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ycles</source>
        <translation>循环(&amp;Y)</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将%1导出到 %2</translation>
    </message>
    <message>
        <source>&amp;Years…</source>
        <translation>年份(&amp;Y)…</translation>
    </message>
    <message>
        <source>Show only the flows dated within some years</source>
        <translation>仅显示某些年份内的资金流</translation>
    </message>
    <message>
        <source>Show &amp;All Kinds, Statuses and Years</source>
        <translation>显示所有类型、状态和年份(&amp;A)</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>All years (and undated flows)</source>
        <translation>所有年份（含无日期的资金流）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <source>Add news articles (text, Markdown or HTML) and review the figures found in them</source>
        <translation>添加新闻文章（文本、Markdown 或 HTML）并审核其中找到的数字</translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Articles…</source>
        <translation>导入文章文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Review the article on the clipboard and add it</source>
        <translation>审核剪贴板中的文章并添加</translation>
    </message>
    <message>
        <source>Search &amp;Articles</source>
        <translation>搜索文章(&amp;A)</translation>
    </message>
    <message>
        <source>Se&amp;arch Articles</source>
        <translation>文章搜索(&amp;A)</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>导入文章文件夹</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文本。</translation>
    </message>
    <message>
        <source>Import &amp;JSON…</source>
        <translation>导入 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Add what a DealScope JSON export holds to this file</source>
        <translation>将 DealScope JSON 导出的内容添加到此文件</translation>
    </message>
    <message>
        <source>Import Flows from C&amp;SV…</source>
        <translation>从 CSV 导入资金流(&amp;S)…</translation>
    </message>
    <message>
        <source>Add flows from a spreadsheet, one per row</source>
        <translation>从电子表格添加资金流，每行一条</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>将表导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Write deals, flows or claims as CSV for a spreadsheet</source>
        <translation>将交易、资金流或说法写为 CSV 供电子表格使用</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>未进行更改</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Delete Flow</source>
        <translation>删除资金流</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>删除来源</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Paste Ar&amp;ticle</source>
        <translation>粘贴文章(&amp;T)</translation>
    </message>
    <message>
        <source>Company Sta&amp;kes</source>
        <translation>公司持仓(&amp;K)</translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z takes it back.</source>
        <translation>已完成：%1。Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z makes it again.</source>
        <translation>已撤销：%1。Ctrl+Shift+Z 可重做。</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>文章 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ds::gui::NetworkView</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>整个网络</translation>
    </message>
    <message>
        <source>Focused company and neighbours</source>
        <translation>所选公司及其相邻公司</translation>
    </message>
    <message>
        <source>Focused company, 2 hops</source>
        <translation>所选公司，2 跳</translation>
    </message>
    <message>
        <source>Network scope</source>
        <translation>网络范围</translation>
    </message>
    <message>
        <source>Network as of</source>
        <translation>网络截至</translation>
    </message>
    <message>
        <source>Show the network as of a date: only flows announced by then</source>
        <translation>显示某日期时的网络：仅含此前宣布的资金流</translation>
    </message>
    <message>
        <source>Play the network&apos;s growth month by month</source>
        <translation>逐月播放网络的增长</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+Shift+0)</source>
        <translation>显示整个网络（Ctrl+Shift+0）</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · drag a company to pin it · click to focus</source>
        <translation>滚轮：缩放 · 拖动：平移 · 拖动公司：固定 · 点击：选择</translation>
    </message>
    <message>
        <source>Money network</source>
        <translation>资金网络</translation>
    </message>
    <message>
        <source>Left and Right arrows: previous and next company; Up and Down: the focused company&apos;s flows; + and −: zoom; Home: whole network</source>
        <translation>左右方向键：上一个和下一个公司；上下方向键：所选公司的资金流；+ 和 −：缩放；Home：整个网络</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>无法读取资金流：%1</translation>
    </message>
    <message>
        <source>Reading the flows and their figures…</source>
        <translation>正在读取资金流及其数字…</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>No flows match the filters and the date.</source>
        <translation>没有符合筛选条件和日期的资金流。</translation>
    </message>
    <message>
        <source>Select a company (in the list, the table or here) to see its neighbours.</source>
        <translation>选择一家公司（在列表、表格或此处）以查看其相邻公司。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 paid and received</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · 收支共 %3</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1（有争议）</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 · %3&lt;br&gt;%4 · %n flow(s)</source>
        <translation>
            <numerusform>%1 → %2 · %3&lt;br&gt;%4 · %n 条资金流</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %Ln companies… %1%</source>
        <translation>
            <numerusform>正在布局 %Ln 家公司… %1%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>$1.4T (the largest unit)</source>
        <translation>$1.4T（最大单位）</translation>
    </message>
    <message>
        <source>$1,400B (in billions)</source>
        <translation>$1,400B（以十亿计）</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>数字格式</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Chart width</source>
        <translation>图表宽度</translation>
    </message>
    <message>
        <source>Chart height</source>
        <translation>图表高度</translation>
    </message>
    <message>
        <source>Chart scale</source>
        <translation>图表缩放</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Amounts</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>Chart export &amp;width</source>
        <translation>图表导出宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Chart export &amp;height</source>
        <translation>图表导出高度(&amp;H)</translation>
    </message>
    <message>
        <source>Chart export &amp;scale</source>
        <translation>图表导出缩放(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ds::gui::ProposalDelegate</name>
    <message>
        <source>A known company, or a new name to add as a company</source>
        <translation>已知公司，或作为新公司添加的名称</translation>
    </message>
</context>
<context>
    <name>ds::gui::ProposalModel</name>
    <message>
        <source>%1: not a payment between two parties.</source>
        <translation>%1：不是双方之间的付款。</translation>
    </message>
    <message>
        <source>A market value, read as a valuation.</source>
        <translation>市值，按估值读取。</translation>
    </message>
    <message>
        <source>No number: read as at least two.</source>
        <translation>没有数字：按至少两个读取。</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>“%1”不是百分比。</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read (e.g. $30 billion, up to $5B, €15 million).</source>
        <translation>“%1”不是 DealScope 能识别的金额（例如 $30 billion、up to $5B、€15 million）。</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when approximate).</source>
        <translation>“%1”不是日期（2025、2025-11 或 2025-11-18；约略时加 ~）。</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新交易</translation>
    </message>
    <message>
        <source>%1 (direction dispute)</source>
        <translation>%1（方向争议）</translation>
    </message>
    <message>
        <source>No flow of the file matches: accepting makes a new deal.</source>
        <translation>文件中没有匹配的资金流：接受将创建新交易。</translation>
    </message>
    <message>
        <source>Check to add it to the existing flow %1 instead.</source>
        <translation>勾选以改为加入现有资金流 %1。</translation>
    </message>
    <message>
        <source>Adds to the existing flow %1; uncheck to make a new deal instead.</source>
        <translation>将加入现有资金流 %1；取消勾选则改为创建新交易。</translation>
    </message>
    <message>
        <source>The sentence states it: the claim records this status, and a source that states another makes a status dispute.</source>
        <translation>句子明确说明：说法会记录此状态，若另一来源说明不同状态则构成状态争议。</translation>
    </message>
    <message>
        <source>Assumed: the sentence does not state the status, so the claim records none. Choose one to record it.</source>
        <translation>推定：句子未说明状态，因此说法不记录状态。选择一个状态即可记录。</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>The company the figure is about</source>
        <translation>该数字涉及的公司</translation>
    </message>
    <message>
        <source>Who is paid</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>The counterparty, if any</source>
        <translation>交易对方（如有）</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未接受</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Payer / company</source>
        <translation>付款方 / 公司</translation>
    </message>
    <message>
        <source>Payee / counterparty</source>
        <translation>收款方 / 交易对方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>归入</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ds::gui::ReviewDialog</name>
    <message>
        <source>Review Article — %1</source>
        <translation>审核文章 — %1</translation>
    </message>
    <message>
        <source>Review article</source>
        <translation>审核文章</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>the outlet the article reports, if any</source>
        <translation>文章所转述的媒体（如有）</translation>
    </message>
    <message>
        <source>unknown (nothing is fetched)</source>
        <translation>未知（不会联网获取）</translation>
    </message>
    <message>
        <source>e.g. 2025-11-18, 2025-11 or 2025-11~</source>
        <translation>例如 2025-11-18、2025-11 或 2025-11~</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>出版方(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>作者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Relies on</source>
        <translation>依据(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>发布日期(&amp;B)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版方</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>This article is already in the file (source %1, with %2 claims): it is not added twice; checked figures are added to it.</source>
        <translation>这篇文章已在文件中（来源 %1，含 %2 条说法）：不会重复添加；勾选的数字会加到该来源。</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章文本</translation>
    </message>
    <message>
        <source>Found: %1 %2 %3</source>
        <translation>已找到：%1 %2 %3</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Proposed claims</source>
        <translation>建议的说法</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Finding figures…</source>
        <translation>正在查找数字…</translation>
    </message>
    <message>
        <source>Why this figure</source>
        <translation>此数字的依据</translation>
    </message>
    <message>
        <source>Add &amp;Checked Figures to It</source>
        <translation>将勾选的数字加入(&amp;C)</translation>
    </message>
    <message>
        <source>Add Article and &amp;Checked Figures</source>
        <translation>添加文章及勾选的数字(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>Add Article &amp;Only</source>
        <translation>仅添加文章(&amp;O)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Joins: %1</source>
        <translation>归入：%1</translation>
    </message>
    <message>
        <source>Figures found: %L1; checked: %L2</source>
        <translation>找到的数字：%L1；已勾选：%L2</translation>
    </message>
    <message>
        <source>“%1” is not a date: use 2025, 2025-11 or 2025-11-18, with ~ when approximate.</source>
        <translation>“%1”不是日期：请使用 2025、2025-11 或 2025-11-18，约略时加 ~。</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>未添加任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n claim(s) to a source</source>
        <translation>
            <numerusform>向来源添加 %n 条说法</numerusform>
        </translation>
    </message>
    <message>
        <source>Import article %1</source>
        <translation>导入文章 %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::SearchDock</name>
    <message>
        <source>Search Articles</source>
        <translation>文章搜索</translation>
    </message>
    <message>
        <source>Search the articles&apos; titles and texts</source>
        <translation>搜索文章的标题和正文</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Every word must occur; &quot;quoted words&quot; must occur together.</source>
        <translation>每个词都必须出现；“引号中的词”必须连在一起出现。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation>请输入要搜索的词。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>No article contains all of these words.</source>
        <translation>没有文章同时包含所有这些词。</translation>
    </message>
    <message>
        <source>These words are in most articles: the best %L1 matches among the newest %L2 (%L3 ms). Add words to narrow the search.</source>
        <translation>大多数文章都包含这些词：显示最新 %L2 篇中的最佳 %L1 条结果（%L3 毫秒）。添加更多词可缩小范围。</translation>
    </message>
    <message>
        <source>The best %L1 matches (%L2 ms).</source>
        <translation>最佳的 %L1 条结果（%L2 毫秒）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) (%1 ms).</source>
        <translation>
            <numerusform>%Ln 篇文章（%1 毫秒）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::SourceActions</name>
    <message>
        <source>New &amp;Source…</source>
        <translation>新建来源(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a source by its details (an article you do not have the text of)</source>
        <translation>按详情添加来源（您没有全文的文章）</translation>
    </message>
    <message>
        <source>Edit Selected S&amp;ource…</source>
        <translation>编辑所选来源(&amp;O)…</translation>
    </message>
    <message>
        <source>Change the selected source&apos;s title, publisher, date or kind</source>
        <translation>更改所选来源的标题、发布方、日期或类型</translation>
    </message>
    <message>
        <source>Delete Selected Sou&amp;rce</source>
        <translation>删除所选来源(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the selected source with its text and its claims</source>
        <translation>删除所选来源及其文本和说法</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>添加来源 %1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>编辑来源 %1</translation>
    </message>
    <message>
        <source>Delete source %1</source>
        <translation>删除来源 %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版方</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025、2025-11 或 2025-11-18；约略时加 ~</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>e.g. en, de, fr (unknown when empty)</source>
        <translation>例如 en、de、fr（留空表示未知）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>出版方(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>作者(&amp;U)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>网址(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;ublished</source>
        <translation>发布日期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>No text: attach it with File › Attach Article Text.</source>
        <translation>无文本：请用“文件 › 附加文章文本”附加。</translation>
    </message>
    <message numerus="yes">
        <source>Text: %n characters (kept as is).</source>
        <translation>
            <numerusform>文本：%n 个字符（保持不变）。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…).</source>
        <translation>“%1”不是网址（https://…）。</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcePanel</name>
    <message>
        <source>Sources of the Figure</source>
        <translation>数字来源</translation>
    </message>
    <message>
        <source>Claims behind the selected figure</source>
        <translation>所选数字背后的说法</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <source>Select a flow in the table, or a company, to see the sources behind its figure.</source>
        <translation>在表格中选择一条资金流或一家公司，查看其数字背后的来源。</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>有争议：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>undisputed</source>
        <translation>无争议</translation>
    </message>
    <message>
        <source>Headline total of “%1”</source>
        <translation>“%1”的公布总额</translation>
    </message>
    <message>
        <source>No source states a valuation, stake or total for %1. Select one of its flows in the table to see the sources behind it.</source>
        <translation>没有来源给出 %1 的估值、持股或总额。在表格中选择其资金流以查看背后的来源。</translation>
    </message>
    <message>
        <source>%1 · stake in %2</source>
        <translation>%1 · 对 %2 的持股</translation>
    </message>
    <message>
        <source>%1 · total invested in %2</source>
        <translation>%1 · 对 %2 的投资总额</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>已复制引用</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The sources cannot be read: %1</source>
        <translation>无法读取来源：%1</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcesModel</name>
    <message>
        <source>(untitled: %1)</source>
        <translation>（无标题：%1）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版方</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>失去锚点</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>ds::gui::StakesDock</name>
    <message>
        <source>Pays</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>收取</translation>
    </message>
    <message>
        <source>US$ billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>Company Stakes</source>
        <translation>公司持仓</translation>
    </message>
    <message>
        <source>The stakes cannot be read: %1</source>
        <translation>无法读取持股：%1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>持股</translation>
    </message>
    <message>
        <source>Positions of the company</source>
        <translation>公司的持仓</translation>
    </message>
    <message>
        <source>Positions by counterparty</source>
        <translation>按交易对手的持仓</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a company (in the list, the table, the timeline or the network) to see what it pays and receives.&lt;/i&gt;</source>
        <translation>&lt;i&gt;点击一家公司（在列表、表格、时间线或网络中）以查看其支出和收入。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reading %1 positions…</source>
        <translation>正在读取 %1 项持仓…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Out: %2 · In: %3 · Net: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;流出：%2 · 流入：%3 · 净额：%4</translation>
    </message>
    <message>
        <source>The %L1 largest of %L2 positions; the totals count them all.</source>
        <translation>%L2 个头寸中最大的 %L1 个；合计包含全部头寸。</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1（有争议）</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3; %3 commits %4 back</source>
        <translation>%1 向 %3 投资 %2；%3 承诺回流 %4</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3; %3 commits to spend with %1 (no amount stated)</source>
        <translation>%1 向 %3 投资 %2；%3 承诺在 %1 处支出（未说明金额）</translation>
    </message>
    <message>
        <source>: &lt;b&gt;%1×&lt;/b&gt; the investment comes back</source>
        <translation>：&lt;b&gt;%1 倍&lt;/b&gt;于投资的金额回流</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… 以及另外 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Round trips&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;回流&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>ds::gui::Startup</name>
    <message>
        <source>DealScope: explore who funds whom in the AI industry.</source>
        <translation>DealScope：探索 AI 行业中谁在资助谁。</translation>
    </message>
    <message>
        <source>Language of the interface (de, fr, zh_CN, en).</source>
        <translation>界面语言（de、fr、zh_CN、en）。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit.</source>
        <translation>将主窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>The DealScope file to open.</source>
        <translation>要打开的 DealScope 文件。</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>最多只能指定一个要打开的文件。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Select this flow at start (e.g. for a screenshot).</source>
        <translation>启动时选中此资金流（例如用于截图）。</translation>
    </message>
    <message>
        <source>--select-flow needs a flow id.</source>
        <translation>--select-flow 需要资金流 ID。</translation>
    </message>
    <message>
        <source>The view to show first: table, timeline or network.</source>
        <translation>首先显示的视图：table、timeline 或 network。</translation>
    </message>
    <message>
        <source>--view must be table, timeline or network.</source>
        <translation>--view 必须为 table、timeline 或 network。</translation>
    </message>
    <message>
        <source>Focus this company at start and show its stakes.</source>
        <translation>启动时选择该公司并显示其持仓。</translation>
    </message>
    <message>
        <source>Import this article (or folder of articles) at start; one article opens for review. With --screenshot, the review is rendered.</source>
        <translation>启动时导入此文章（或文章文件夹）；单篇文章会打开审核窗口。配合 --screenshot 时渲染审核窗口。</translation>
    </message>
</context>
<context>
    <name>ds::gui::TimelineChart</name>
    <message>
        <source>Committed capital, cumulative (US$ billions)</source>
        <translation>累计承诺资金（十亿美元）</translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation>其他公司</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow(s) grouped by month: the darker a month, the more flows. Zoom in to see each flow.</source>
        <translation>
            <numerusform>%Ln 条资金流按月分组：月份颜色越深，资金流越多。放大可查看每条资金流。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::TimelineView</name>
    <message>
        <source>Lanes by kind</source>
        <translation>按类型分行</translation>
    </message>
    <message>
        <source>Lanes by payer</source>
        <translation>按付款方分行</translation>
    </message>
    <message>
        <source>Lanes by payee</source>
        <translation>按收款方分行</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>时间线分行</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>资金流</translation>
    </message>
    <message>
        <source>Cumulative committed capital</source>
        <translation>累计承诺资金</translation>
    </message>
    <message>
        <source>Timeline mode</source>
        <translation>时间线模式</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show every flow again (Ctrl+0)</source>
        <translation>重新显示所有资金流（Ctrl+0）</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · click a marker to select its flow</source>
        <translation>滚轮：缩放 · 拖动：平移 · 点击标记选中其资金流</translation>
    </message>
    <message>
        <source>Timeline from</source>
        <translation>时间线起点</translation>
    </message>
    <message>
        <source>Timeline to</source>
        <translation>时间线终点</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Deal timeline</source>
        <translation>交易时间线</translation>
    </message>
    <message>
        <source>Left and Right arrows: previous and next flow; Home, End: first and last; + and −: zoom</source>
        <translation>左右方向键：上一笔和下一笔资金流；Home、End：第一笔和最后一笔；+ 和 −：缩放</translation>
    </message>
    <message>
        <source>%1 flows match: the cumulative chart adds up to %2 figures. Narrow it with a company, the Filter menu or the dates.</source>
        <translation>匹配 %1 条资金流：累计图最多累加 %2 个数额。请通过公司、筛选菜单或日期缩小范围。</translation>
    </message>
    <message>
        <source>Reading %1 flows…</source>
        <translation>正在读取 %1 条资金流…</translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation>无法读取时间线：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln flow(s), %3 announced or completed&lt;br&gt;Click or zoom in to see each flow</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln 条资金流，其中 %3 条已宣布或已完成&lt;br&gt;点击或放大可查看每条资金流</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1（有争议）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n source(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>ds::ingest</name>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>%1 过大（%2 MB；上限为 %3 MB）。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data).</source>
        <translation>%1 不是文本文件（包含二进制数据）。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the invalid bytes were replaced with �.</source>
        <translation>%1 不是有效的 UTF-8；无效字节已替换为 �。</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 不是 PDF 文件。</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 太大。</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: Poppler cannot read it.</source>
        <translation>%1 是损坏的 PDF：Poppler 无法读取。</translation>
    </message>
    <message>
        <source>%1 is protected with a password; DealScope cannot read its text. Open it in a PDF reader, save an unprotected copy and import that.</source>
        <translation>%1 受密码保护；DealScope 无法读取其文本。请在 PDF 阅读器中打开，另存一份未受保护的副本后导入。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no text to read (%n page(s) of images only: a scanned document?). Run it through text recognition (OCR) first.</source>
        <translation>
            <numerusform>%1 没有可读的文本（%n 页只有图像：扫描文件？）。请先进行文字识别（OCR）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no web page: none of its %n part(s) is HTML.</source>
        <translation>
            <numerusform>%1 不含网页：其 %n 个部分都不是 HTML。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declares the encoding “%2”, which DealScope cannot read; it was read as UTF-8.</source>
        <translation>%1 声明的编码“%2”DealScope 无法读取；已按 UTF-8 读取。</translation>
    </message>
    <message>
        <source>%1 is not a saved web page (MHTML): it has no MIME header.</source>
        <translation>%1 不是保存的网页（MHTML）：没有 MIME 头。</translation>
    </message>
    <message>
        <source>%1 is not a saved web page: its content is %2.</source>
        <translation>%1 不是保存的网页：其内容为 %2。</translation>
    </message>
    <message>
        <source>%1 is a damaged saved web page: its parts have no boundary.</source>
        <translation>%1 是损坏的保存网页：其各部分没有分隔符。</translation>
    </message>
    <message>
        <source>The sentence’s wording says who pays whom.</source>
        <translation>句子的措辞说明了谁付款给谁。</translation>
    </message>
    <message>
        <source>The wording does not say who pays: the customer is taken to pay the provider (compute, chips).</source>
        <translation>措辞没有说明谁付款：默认客户向供应商付款（算力、芯片）。</translation>
    </message>
    <message>
        <source>A party is named by description (“the ChatGPT maker”, “the cloud provider”) and was resolved.</source>
        <translation>一方以描述指称（“ChatGPT 的开发商”、“该云服务商”），已解析。</translation>
    </message>
    <message>
        <source>A party is “it”, “the company” or “the startup” of an earlier sentence.</source>
        <translation>一方是前文句子中的“它”、“该公司”或“该初创公司”。</translation>
    </message>
    <message>
        <source>The parties come from an earlier figure of the article.</source>
        <translation>双方取自文章中较早的一个数字。</translation>
    </message>
    <message>
        <source>The payer is the round’s lead investor.</source>
        <translation>付款方是本轮的领投方。</translation>
    </message>
    <message>
        <source>The same amount in another currency, in brackets.</source>
        <translation>括号中以另一种货币表示的同一金额。</translation>
    </message>
    <message>
        <source>One side is guessed: the company the article pairs with the other.</source>
        <translation>一方是推测的：文章中与另一方并提的公司。</translation>
    </message>
    <message>
        <source>One side is guessed: the sentence’s other company, which nothing joins to the figure.</source>
        <translation>一方是推测的：句中另一家与该数字没有关联的公司。</translation>
    </message>
    <message>
        <source>The text does not say who pays.</source>
        <translation>文本没有说明谁付款。</translation>
    </message>
    <message>
        <source>The text does not say who is paid.</source>
        <translation>文本没有说明谁收款。</translation>
    </message>
    <message>
        <source>A party is a name DealScope does not know: check it is a company.</source>
        <translation>一方是 DealScope 不认识的名称：请确认它是一家公司。</translation>
    </message>
    <message>
        <source>Not a payment between two parties.</source>
        <translation>不是双方之间的付款。</translation>
    </message>
    <message>
        <source>The amount has no number; read as at least two.</source>
        <translation>该金额没有数字；按至少两个读取。</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>明确</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>股价</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Spending plan</source>
        <translation>支出计划</translation>
    </message>
</context>
<context>
    <name>ds::json</name>
    <message>
        <source>This is not a DealScope JSON document (&quot;format&quot; is not &quot;dealscope&quot;).</source>
        <translation>这不是 DealScope JSON 文档（&quot;format&quot; 不是 &quot;dealscope&quot;）。</translation>
    </message>
    <message>
        <source>Unsupported DealScope JSON version %1 (this version reads 1 to %2).</source>
        <translation>不支持的 DealScope JSON 版本 %1（此版本支持 1 到 %2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the company has no name.</source>
        <translation>公司没有名称。</translation>
    </message>
    <message>
        <source>unknown company kind “%1”.</source>
        <translation>未知的公司类型“%1”。</translation>
    </message>
    <message>
        <source>the source has no id.</source>
        <translation>来源没有 ID。</translation>
    </message>
    <message>
        <source>invalid publication date “%1”.</source>
        <translation>无效的发布日期“%1”。</translation>
    </message>
    <message>
        <source>cites the unknown source “%1”.</source>
        <translation>引用了未知来源“%1”。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>“%1” names the unknown company “%2”.</source>
        <translation>“%1”指向未知公司“%2”。</translation>
    </message>
    <message>
        <source>the deal has no title.</source>
        <translation>交易没有标题。</translation>
    </message>
    <message>
        <source>unknown deal status “%1”.</source>
        <translation>未知的交易状态“%1”。</translation>
    </message>
    <message>
        <source>invalid date “%1”.</source>
        <translation>无效日期“%1”。</translation>
    </message>
    <message>
        <source>the payer and the payee are the same company.</source>
        <translation>付款方和收款方是同一家公司。</translation>
    </message>
    <message>
        <source>unknown flow kind “%1”.</source>
        <translation>未知的资金流类型“%1”。</translation>
    </message>
    <message>
        <source>the claim names the unknown source “%1”.</source>
        <translation>说法指向未知来源“%1”。</translation>
    </message>
    <message>
        <source>unknown claim attribute “%1”.</source>
        <translation>未知的说法属性“%1”。</translation>
    </message>
    <message>
        <source>unknown qualifier “%1”.</source>
        <translation>未知的限定词“%1”。</translation>
    </message>
    <message>
        <source>the amount&apos;s minimum is above its maximum or negative.</source>
        <translation>金额的最小值大于最大值或为负数。</translation>
    </message>
    <message>
        <source>unknown stance or rank.</source>
        <translation>未知的立场或等级。</translation>
    </message>
    <message>
        <source>a quote needs both its start and its end offset.</source>
        <translation>引文需要同时有起始和结束偏移。</translation>
    </message>
    <message>
        <source>the quote&apos;s offsets are invalid.</source>
        <translation>引文偏移无效。</translation>
    </message>
    <message>
        <source>the quote&apos;s offsets do not span its text.</source>
        <translation>引文偏移与其文本长度不符。</translation>
    </message>
    <message>
        <source>The JSON is malformed at byte %1: %2.</source>
        <translation>JSON 在第 %1 字节处格式错误：%2。</translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation>JSON 文档不是对象。</translation>
    </message>
    <message>
        <source>Headline total</source>
        <translation>公布总额</translation>
    </message>
    <message>
        <source>DISPUTED (%1)</source>
        <translation>有争议（%1）</translation>
    </message>
    <message>
        <source>unknown stated status “%1”.</source>
        <translation>未知的所述状态“%1”。</translation>
    </message>
</context>
<context>
    <name>ds::sample</name>
    <message>
        <source>The sample dataset is missing from this build.</source>
        <translation>此版本缺少示例数据集。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
    <message>
        <source>No company or alias &apos;%1&apos;.</source>
        <translation>没有名为“%1”的公司或别名。</translation>
    </message>
</context>
</TS>
