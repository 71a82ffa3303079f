<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppSettings</name>
    <message>
        <source>turnpoint: the settings file %1 cannot be read; using defaults</source>
        <extracomment>Standard error, at start-up: %1 is the settings file&apos;s path</extracomment>
        <translation>turnpoint：无法读取设置文件 %1；使用默认设置</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the file was cut short (disk full?)</source>
        <extracomment>Export error: fewer bytes than the document&apos;s were written</extracomment>
        <translation>文件未完整写入（磁盘已满？）</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <extracomment>Export error: the name given for the output file is a folder</extracomment>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the socket&apos;s path is too long</source>
        <extracomment>Export error: a Unix socket&apos;s path is longer than the system allows</extracomment>
        <translation>套接字路径过长</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes were written: %3</source>
        <extracomment>Export error: %1 and %2 are byte counts, %3 the system&apos;s reason</extracomment>
        <translation>仅写入了 %2 字节中的 %1 字节：%3</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message numerus="yes">
        <source>confidence ≥ %1%, %2 of %n turning point(s)</source>
        <extracomment>Caption under an exported chart: the threshold, then shown out of all (%n) turning points, e.g. &quot;confidence ≥ 60%, 5 of 10 turning points&quot;</extracomment>
        <translation>
            <numerusform>置信度 ≥ %1%，共 %n 个转折点，显示 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>exported %1</source>
        <extracomment>Caption under an exported chart: the date of the export</extracomment>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>Export error: the file name and why it could not be written</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no image to write</source>
        <extracomment>Export error</extracomment>
        <translation>没有可写入的图像</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <extracomment>Export error</extracomment>
        <translation>无法编码 PNG 图像</translation>
    </message>
    <message>
        <source>the document could not be drawn</source>
        <extracomment>Export error: the SVG or PDF document could not be started</extracomment>
        <translation>无法绘制文档</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <extracomment>Caption under an exported chart showing many reports (always more than four)</extracomment>
        <translation>%1 份报告</translation>
    </message>
    <message>
        <source>%1 reports: %2</source>
        <extracomment>Caption under an exported chart: how many reports (at least two), then their titles</extracomment>
        <translation>%1 份报告：%2</translation>
    </message>
    <message>
        <source>%1 (compared with %2)</source>
        <extracomment>Caption under an exported chart: a report compared with an earlier version (File → Compare With…, --compare); %1 is its title, %2 the earlier file&apos;s name</extracomment>
        <translation>%1（对比 %2）</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Event</source>
        <extracomment>Legend: turning points of kind 事件 / Event</extracomment>
        <translation>事件</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Legend: turning points of kind 政策 / Policy</extracomment>
        <translation>政策</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <extracomment>Legend: turning points of any other kind, followed by the kinds as written</extracomment>
        <translation>其他：%1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <extracomment>Legend: turning points where the report found nothing (hollow grey markers)</extracomment>
        <translation>未监测到</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <extracomment>Legend: faint markers of turning points below the confidence threshold</extracomment>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Legend (comparing versions): turning points new in this version</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>Legend (comparing versions): hollow ghosts of turning points the earlier version had</extracomment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <extracomment>Legend (comparing versions): turning points whose confidence changed</extracomment>
        <translation>重新评分</translation>
    </message>
    <message>
        <source>Modified</source>
        <extracomment>Legend (comparing versions): turning points otherwise changed</extracomment>
        <translation>已修改</translation>
    </message>
    <message>
        <source>and %1 more reports</source>
        <extracomment>Legend: after the first reports&apos; colours, how many more reports there are (always at least two)</extracomment>
        <translation>及另外 %1 份报告</translation>
    </message>
    <message>
        <source>Darker = more turning points; higher in a lane = more confident</source>
        <translation>颜色越深 = 转折点越多；泳道中越高 = 置信度越高</translation>
    </message>
    <message>
        <source>Darker = more turning points per %1% confidence</source>
        <translation>颜色越深 = 每 %1% 置信度区间内的转折点越多</translation>
    </message>
</context>
<context>
    <name>ChartPrinter</name>
    <message>
        <source>Timeline chart</source>
        <translation>时间线图表</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <extracomment>Title of the print preview window</extracomment>
        <translation>打印图表</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1: %2</source>
        <extracomment>An entry in a tool tip or list: its label (category) and its title</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>nothing found</source>
        <extracomment>Short label next to a turning point where the report found nothing</extracomment>
        <translation>未监测到</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tool tip: a date and what the report gave of it, e.g. &quot;Mar 2019 (month)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <extracomment>Tool tip line: the kind of a turning point</extracomment>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <extracomment>Tool tip line: the confidence of a turning point</extracomment>
        <translation>置信度：%1</translation>
    </message>
    <message>
        <source>Nothing found: %1</source>
        <extracomment>Tool tip line: the report found nothing in this period, then its sentence</extracomment>
        <translation>未监测到：%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <extracomment>Tool tip line after the first entries of a long list</extracomment>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>Below the confidence threshold</source>
        <extracomment>Tool tip line of a faint marker below the confidence threshold</extracomment>
        <translation>低于置信度阈值</translation>
    </message>
    <message>
        <source>Added in this version</source>
        <extracomment>Tool tip line: the turning point is new compared with the earlier version</extracomment>
        <translation>本版本新增</translation>
    </message>
    <message>
        <source>Re-scored: %1 → %2</source>
        <extracomment>Tool tip line: the confidence changed from the earlier version, e.g. &quot;60% → 72%&quot;</extracomment>
        <translation>重新评分：%1 → %2</translation>
    </message>
    <message>
        <source>Modified in this version</source>
        <extracomment>Tool tip line: the turning point differs from the earlier version</extracomment>
        <translation>本版本中已修改</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n turning point(s)</source>
        <extracomment>Tool tip of a column of the dense chart: how many turning points are in it</extracomment>
        <translation>
            <numerusform>%n 个转折点</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidence %1–%2%</source>
        <extracomment>Tool tip of a column of the dense chart: lowest and highest confidence in it</extracomment>
        <translation>置信度 %1–%2%</translation>
    </message>
    <message numerus="yes">
        <source>%n below the confidence threshold</source>
        <extracomment>Tool tip of a column of the dense chart: faint turning points below the threshold</extracomment>
        <translation>
            <numerusform>%n 个低于置信度阈值</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains matches of the search</source>
        <extracomment>Tool tip of a column of the dense chart</extracomment>
        <translation>包含搜索匹配项</translation>
    </message>
    <message>
        <source>Contains highlighted turning points</source>
        <extracomment>Tool tip of a column of the dense chart: it holds emphasised turning points (e.g. those citing the source selected in the Sources view)</extracomment>
        <translation>包含突出显示的转折点</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <extracomment>Tool tip of a column of the dense chart</extracomment>
        <translation>单击以放大</translation>
    </message>
    <message>
        <source>Removed in this version</source>
        <extracomment>Tool tip of the hollow ghost of a turning point the earlier version had</extracomment>
        <translation>本版本中已删除</translation>
    </message>
    <message>
        <source>+%1</source>
        <extracomment>Badge next to a re-scored turning point in lanes mode: the confidence change in percentage points, e.g. &quot;+12&quot; or &quot;−8&quot;</extracomment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>≥ %1%</source>
        <extracomment>Label of the threshold line on the chart, e.g. &quot;≥ 60%&quot;</extracomment>
        <translation>≥ %1%</translation>
    </message>
    <message>
        <source>Other reports</source>
        <extracomment>Lanes mode: header of the lanes whose title names no region or sector</extracomment>
        <translation>其他报告</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range, e.g. &quot;Jan 2022 – Aug 2023&quot;</extracomment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>undated</source>
        <extracomment>Precision of a date that could not be read</extracomment>
        <translation>无日期</translation>
    </message>
    <message>
        <source>year</source>
        <extracomment>Precision of a date: the report gave only the year</extracomment>
        <translation>年</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>Precision of a date: the report gave year and month</extracomment>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>Precision of a date: the report gave the exact day</extracomment>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>DateTextParser</name>
    <message>
        <source>year %1 is outside 1–9999</source>
        <translation>年份 %1 超出 1–9999 的范围</translation>
    </message>
    <message>
        <source>month %1 is not a month</source>
        <translation>%1 不是有效的月份</translation>
    </message>
    <message>
        <source>%1 has no day %2</source>
        <translation>%1 没有第 %2 日</translation>
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>时间范围的结束（%1）早于开始（%2）</translation>
    </message>
    <message>
        <source>year %1 does not have four digits</source>
        <translation>年份 %1 不是四位数</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>not given</source>
        <extracomment>Confidence of a turning point whose heading gave none</extracomment>
        <translation>未注明</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A confidence in percent, e.g. &quot;65%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no kind</source>
        <extracomment>Kind of a turning point whose heading gave none</extracomment>
        <translation>未注明类型</translation>
    </message>
</context>
<context>
    <name>FontCheck</name>
    <message>
        <source>No installed font can show Chinese text; report titles and entries will be empty boxes. Install the package fonts-noto-cjk (apt-get install fonts-noto-cjk).</source>
        <translation>系统中没有可显示中文的字体，报告标题和条目将显示为空白方框。请安装软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk）。</translation>
    </message>
</context>
<context>
    <name>LinkCheckBatch</name>
    <message>
        <source>source link %1: %2 (%3)</source>
        <extracomment>--check-links diagnostic: %1 status word (broken, timeout, unsafe, error; not translated), %2 the URL, %3 what happened</extracomment>
        <translation>来源链接 %1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>LinkStatusText</name>
    <message>
        <source>OK</source>
        <extracomment>Link check status: the link works</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Redirected</source>
        <extracomment>Link check status: the link works but leads elsewhere</extracomment>
        <translation>已重定向</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>Link check status: the server answered with an error (404, 500, ...)</extracomment>
        <translation>失效</translation>
    </message>
    <message>
        <source>Timed out</source>
        <extracomment>Link check status: the server did not answer in time</extracomment>
        <translation>超时</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <extracomment>Link check status: the link is not an http(s) link Turnpoint opens, or redirects to one</extracomment>
        <translation>不安全</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Link check status: no answer at all (no such host, connection refused, TLS error)</extracomment>
        <translation>出错</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Link check badge: &quot;Broken&quot; and the HTTP status code, e.g. &quot;Broken (404)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>Beside a redirected link&apos;s badge: where the redirects ended</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <extracomment>Link check tool tip: the HTTP status code the verdict is based on</extracomment>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Final URL: %1</source>
        <extracomment>Link check tool tip: where the redirects ended (or the refused redirect target)</extracomment>
        <translation>最终地址：%1</translation>
    </message>
    <message>
        <source>Checked %1 (remembered from an earlier check)</source>
        <translation>检查于 %1（沿用先前的检查结果）</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>检查于 %1</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>invisible byte order mark (U+FEFF) at the start of the line is ignored</source>
        <translation>行首不可见的字节顺序标记（U+FEFF）已忽略</translation>
    </message>
    <message>
        <source>the turning point has no date; it is listed as undated</source>
        <translation>该转折点没有日期，列为无日期</translation>
    </message>
    <message>
        <source>turning point date “%1” is a range; it is placed at its start</source>
        <translation>转折点日期“%1”是一个时间范围，按其起始日期放置</translation>
    </message>
    <message>
        <source>“%1” is not a date; the turning point is listed as undated</source>
        <translation>“%1”不是日期，该转折点列为无日期</translation>
    </message>
    <message>
        <source>%1; the turning point is listed as undated</source>
        <translation>%1，该转折点列为无日期</translation>
    </message>
    <message>
        <source>turning point %1 has the same date as the one on line %2</source>
        <translation>转折点 %1 与第 %2 行的转折点日期相同</translation>
    </message>
    <message>
        <source>turning point %1 comes before the previous one (%2, line %3); the turning points are out of date order</source>
        <translation>转折点 %1 早于前一个转折点（%2，第 %3 行），转折点未按日期顺序排列</translation>
    </message>
    <message>
        <source>no confidence given</source>
        <translation>未注明置信度</translation>
    </message>
    <message>
        <source>confidence “%1” is not a number; it is left empty</source>
        <translation>置信度“%1”不是数字，按未注明处理</translation>
    </message>
    <message>
        <source>confidence %1% is above 100%; kept as 100%</source>
        <translation>置信度 %1% 超过 100%，按 100% 处理</translation>
    </message>
    <message>
        <source>confidence %1% is negative; kept as 0%</source>
        <translation>置信度 %1% 为负数，按 0% 处理</translation>
    </message>
    <message>
        <source>cannot read the number of turning points in “%1”; the line is kept as a note</source>
        <translation>无法从“%1”中读取转折点数量，该行保留为备注</translation>
    </message>
    <message>
        <source>“%1” is not a date or a range of dates</source>
        <translation>“%1”不是日期或日期范围</translation>
    </message>
    <message>
        <source>cannot read the analysis period: %1; the line is kept as a note</source>
        <translation>无法读取分析周期：%1，该行保留为备注</translation>
    </message>
    <message>
        <source>entry before the first turning point; it is kept as a note of the report</source>
        <translation>条目出现在第一个转折点之前，保留为报告的备注</translation>
    </message>
    <message>
        <source>field “%1” is not inside an entry; it is kept as a note of the turning point</source>
        <translation>字段“%1”不属于任何条目，保留为该转折点的备注</translation>
    </message>
    <message>
        <source>the turning point says nothing was found (line %1) but lists entries; it is not marked as empty</source>
        <translation>该转折点注明未监测到相关内容（第 %1 行），但列有条目，因此不标记为空</translation>
    </message>
    <message>
        <source>%1 (field “%2”); it is not used as the entry&apos;s date</source>
        <translation>%1（字段“%2”），不作为该条目的日期</translation>
    </message>
    <message>
        <source>source “%1” has an empty link</source>
        <translation>来源“%1”的链接为空</translation>
    </message>
    <message>
        <source>source “%1” is empty; the line is kept as a note</source>
        <translation>来源“%1”为空，该行保留为备注</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file has only blank lines; there is no report in it</source>
        <translation>文件只有空行，其中没有报告</translation>
    </message>
    <message>
        <source>no turning point heading found; this does not look like a turning-point report</source>
        <translation>未找到转折点标题，这似乎不是转折点报告</translation>
    </message>
    <message>
        <source>declares %1 turning points, %2 found</source>
        <translation>声明收录 %1 个转折点，实际找到 %2 个</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件过大（%1 MB，上限为 %2 MB）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is too large (more than %1 MB)</source>
        <translation>文件过大（超过 %1 MB）</translation>
    </message>
    <message>
        <source>link “%1” will not be opened: %2</source>
        <extracomment>%1 is the link as written in the report (shortened), %2 the reason, such as &quot;only http and https links are opened&quot;.</extracomment>
        <translation>链接“%1”不会被打开：%2</translation>
    </message>
    <message>
        <source>the declared number of turning points “%1” is too large; the line is kept as a note</source>
        <translation>声明的转折点数量“%1”过大，该行保留为备注</translation>
    </message>
    <message>
        <source>“%1” is not a date (field “%2”); it is not used as the entry&apos;s date</source>
        <translation>“%1”不是日期（字段“%2”），不作为条目的日期</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Load error: file, then what was wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation>ZIP 压缩包（或 Office 文档）</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a program (ELF)</source>
        <translation>可执行程序（ELF）</translation>
    </message>
    <message>
        <source>an old Office document</source>
        <translation>旧版 Office 文档</translation>
    </message>
    <message>
        <source>NUL character at line %1; shown as �</source>
        <translation>第 %1 行有 NUL 字符，显示为 �</translation>
    </message>
    <message numerus="yes">
        <source>(%n NUL characters in all)</source>
        <translation>
            <numerusform>（共 %n 个 NUL 字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>invalid UTF-16 character at line %1; shown as �</source>
        <translation>第 %1 行有无效的 UTF-16 字符，显示为 �</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character (odd number of bytes); the last byte is ignored</source>
        <translation>文件在一个 UTF-16 字符中间结束（字节数为奇数），最后一个字节已忽略</translation>
    </message>
    <message>
        <source>this is %1, not a text report</source>
        <translation>这是%1，不是文本报告</translation>
    </message>
    <message>
        <source>(it may be UTF-16 without a byte order mark; save it as UTF-8 or with a BOM)</source>
        <translation>（可能是没有字节顺序标记的 UTF-16 文本；请另存为 UTF-8 或带 BOM 的格式）</translation>
    </message>
    <message>
        <source>this Qt build cannot decode GB18030 text</source>
        <translation>此 Qt 版本无法解码 GB18030 文本</translation>
    </message>
    <message>
        <source>undecodable byte 0x%1 at line %2 (read as %3); shown as �</source>
        <translation>第 %2 行有无法解码的字节 0x%1（按 %3 读取），显示为 �</translation>
    </message>
    <message numerus="yes">
        <source>(%n undecodable bytes in all)</source>
        <translation>
            <numerusform>（共 %n 个无法解码的字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>this does not look like a text report: %1% of its first bytes are NUL or control characters</source>
        <translation>这看起来不是文本报告：开头部分有 %1% 的字节是 NUL 或控制字符</translation>
    </message>
</context>
<context>
    <name>TimelineFilter</name>
    <message>
        <source>other</source>
        <extracomment>Kind filter: turning points whose kind is neither 事件 (event) nor 政策 (policy), or none</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between items of one filter in the status bar, e.g. &quot;kind: 事件, 政策&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>kind: none</source>
        <extracomment>Status bar: the kind filter has no kind checked, so nothing is shown</extracomment>
        <translation>类型：无</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <extracomment>Status bar: active kind filter; %1 lists the checked kinds, e.g. &quot;kind: 政策&quot;</extracomment>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>category: %1</source>
        <extracomment>Status bar: active entry category filter; %1 lists the labels, e.g. &quot;category: 项目名称&quot;</extracomment>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>nothing-found periods hidden</source>
        <extracomment>Status bar: turning points marked &quot;nothing found&quot; are hidden</extracomment>
        <translation>已隐藏未监测到内容的时期</translation>
    </message>
    <message>
        <source>date %1 – %2</source>
        <extracomment>Status bar: active date range, ISO dates, e.g. &quot;date 2020-01 – 2022-12&quot;</extracomment>
        <translation>日期 %1 至 %2</translation>
    </message>
    <message>
        <source>date from %1</source>
        <extracomment>Status bar: date range open at the end, e.g. &quot;date from 2020-01&quot;</extracomment>
        <translation>日期自 %1 起</translation>
    </message>
    <message>
        <source>date until %1</source>
        <extracomment>Status bar: date range open at the start, e.g. &quot;date until 2022-12&quot;</extracomment>
        <translation>日期截至 %1</translation>
    </message>
    <message>
        <source>only matches of “%1”</source>
        <extracomment>Status bar: text search that hides what does not match; %1 is the query</extracomment>
        <translation>仅显示匹配“%1”的转折点</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <extracomment>Status bar: text search whose matches are highlighted; %1 is the query</extracomment>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between active filters in the status bar, e.g. &quot;kind: 政策; search “CCUS”&quot;</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>unknown kind “%1” (use 事件/event, 政策/policy or other)</source>
        <extracomment>Command line error: --kind got an unknown value; %1 is that value</extracomment>
        <translation>未知类型“%1”（可用：事件/event、政策/policy 或 other）</translation>
    </message>
    <message>
        <source>only changes</source>
        <extracomment>Status bar: only turning points that differ from the earlier version are shown (File → Compare With…)</extracomment>
        <translation>仅显示变化</translation>
    </message>
</context>
<context>
    <name>Turnpoint::ChartViewController</name>
    <message>
        <source>Show Filtered as &amp;Ghosts</source>
        <extracomment>View menu: keep turning points below the threshold on the chart as faint markers</extracomment>
        <translation>以淡色显示已筛除的转折点(&amp;G)</translation>
    </message>
    <message>
        <source>Show turning points below the threshold as faint markers</source>
        <extracomment>View menu / toolbar tool tip</extracomment>
        <translation>以淡色标记显示低于阈值的转折点</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <extracomment>View menu: all reports on one confidence chart, told apart by colour</extracomment>
        <translation>叠加(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <extracomment>View menu: one horizontal lane per report on a shared time axis</extracomment>
        <translation>泳道(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Group Lanes By</source>
        <extracomment>View menu: submenu; arrange the lanes by a field of the reports&apos; titles</extracomment>
        <translation>泳道分组依据(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <extracomment>View menu → Group Lanes By</extracomment>
        <translation>不分组(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <extracomment>View menu → Group Lanes By: the region a report&apos;s title names (e.g. 云南省)</extracomment>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <extracomment>View menu → Group Lanes By: the sector a report&apos;s title names (e.g. 工业部门)</extracomment>
        <translation>部门(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;All Lanes</source>
        <extracomment>View menu: show the lanes hidden from the lane menu again</extracomment>
        <translation>显示全部泳道(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <extracomment>View menu</extracomment>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <extracomment>View menu</extracomment>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <extracomment>View menu: show the whole time range again</extracomment>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Show the whole time range</source>
        <extracomment>Toolbar tool tip: show the whole time range again</extracomment>
        <translation>显示完整时间范围</translation>
    </message>
    <message>
        <source>&amp;Previous Turning Point</source>
        <extracomment>View menu</extracomment>
        <translation>上一个转折点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Turning Point</source>
        <extracomment>View menu</extracomment>
        <translation>下一个转折点(&amp;N)</translation>
    </message>
    <message>
        <source>Raise &amp;Threshold</source>
        <extracomment>View menu: raise the minimum confidence a turning point needs to be shown by 5 points (shortcut: ])</extracomment>
        <translation>提高阈值(&amp;T)</translation>
    </message>
    <message>
        <source>Lo&amp;wer Threshold</source>
        <extracomment>View menu: lower the minimum confidence a turning point needs to be shown by 5 points (shortcut: [)</extracomment>
        <translation>降低阈值(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Turnpoint::CompareController</name>
    <message>
        <source>Compare &amp;With…</source>
        <extracomment>File menu: choose an earlier version of the current report to compare it with</extracomment>
        <translation>与早期版本对比(&amp;W)…</translation>
    </message>
    <message>
        <source>Clear Co&amp;mparison</source>
        <extracomment>File menu: stop comparing the current report with an earlier version</extracomment>
        <translation>清除对比(&amp;M)</translation>
    </message>
    <message>
        <source>Only C&amp;hanges</source>
        <extracomment>File menu (checkable): show only turning points that differ from the earlier version</extracomment>
        <translation>仅显示变化(&amp;H)</translation>
    </message>
    <message>
        <source>Compare With Earlier Version</source>
        <extracomment>Title of the file dialog of File → Compare With…</extracomment>
        <translation>与早期版本对比</translation>
    </message>
    <message>
        <source>Turning-point reports (*.md *.markdown *.txt);;All files (*)</source>
        <extracomment>File dialog filter of File → Compare With…</extracomment>
        <translation>转折点报告 (*.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compared with %1: %2 added, %3 removed, %4 re-scored, %5 changed</source>
        <extracomment>Status bar after File → Compare With…: %1 is the earlier version&apos;s file name, then how many turning points were added, removed, re-scored (confidence changed) and otherwise changed</extracomment>
        <translation>与 %1 对比：新增 %2 个，删除 %3 个，重新评分 %4 个，修改 %5 个</translation>
    </message>
</context>
<context>
    <name>Turnpoint::ConfidenceHistogramWidget</name>
    <message numerus="yes">
        <source>%1–%2%: %n turning point(s)</source>
        <extracomment>Confidence histogram tool tip: one bin, e.g. &quot;60–70%: 3 turning points&quot;. The last bin includes 100%.</extracomment>
        <translation>
            <numerusform>%1–%2%：%n 个转折点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≥ %1%: %2 of %n shown</source>
        <extracomment>Confidence histogram tool tip, second line: what the current threshold keeps, e.g. &quot;≥ 60%: 5 of 10 shown&quot;</extracomment>
        <translation>
            <numerusform>≥ %1%：共 %n 个，显示 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without confidence (shown only at 0%)</source>
        <extracomment>Confidence histogram tool tip: turning points without a confidence are not in any bin; they are shown only at threshold 0</extracomment>
        <translation>
            <numerusform>%n 个未注明置信度（仅在阈值为 0% 时显示）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::DateRangeEdit</name>
    <message>
        <source>Dates</source>
        <extracomment>Toolbar: caption before the date range fields</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>Placeholder of the first date range field</extracomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Placeholder of the second date range field</extracomment>
        <translation>结束</translation>
    </message>
    <message>
        <source>Show turning points from</source>
        <extracomment>Accessible name of the first date range field</extracomment>
        <translation>显示此日期起的转折点</translation>
    </message>
    <message>
        <source>Show turning points until</source>
        <extracomment>Accessible name of the second date range field</extracomment>
        <translation>显示截至此日期的转折点</translation>
    </message>
    <message>
        <source>Not a date. Write a year, month or day, e.g. 2020, 2020-03 or 2020-03-15.</source>
        <translation>不是日期。请输入年、月或日，例如 2020、2020-03 或 2020-03-15。</translation>
    </message>
    <message>
        <source>A year, month or day (2020, 2020-03, 2020-03-15); empty for no limit. Turning points whose period overlaps the range are shown.</source>
        <extracomment>Tool tip of the date range fields</extracomment>
        <translation>年、月或日（2020、2020-03、2020-03-15）；留空表示不限。时间范围与此范围有重叠的转折点均会显示。</translation>
    </message>
</context>
<context>
    <name>Turnpoint::DetailPanel</name>
    <message>
        <source>Details</source>
        <extracomment>Accessible name of the detail panel</extracomment>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Select a turning point on the chart or in the outline.</source>
        <extracomment>Detail panel when nothing is selected</extracomment>
        <translation>请在图表或大纲中选择一个转折点。</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field name in the detail panel, e.g. &quot;实施时间:&quot;</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Detail panel section: free text of the report kept as notes</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Detail panel row: the file a report came from</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>Detail panel row: the text encoding detected in the file</extracomment>
        <translation>编码</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Detail panel row: the analysis period of a report</extracomment>
        <translation>分析周期</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>%1 (the report declares %2)</source>
        <extracomment>Turning point count when the report declares a different number</extracomment>
        <translation>%1（报告声明 %2 个）</translation>
    </message>
    <message>
        <source>Turning points</source>
        <extracomment>Detail panel row: number of turning points found in the report</extracomment>
        <translation>转折点</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>Detail panel row: number of parser warnings for this report</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Detail panel heading: a date and its precision, e.g. &quot;2019年3月 (month)&quot;
----------
Detail panel: a removed turning point, &quot;date (kind): entry titles&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Undated turning point</source>
        <extracomment>Detail panel heading of a turning point without a readable date</extracomment>
        <translation>无日期的转折点</translation>
    </message>
    <message>
        <source>As written</source>
        <extracomment>Detail panel row: the date exactly as the report wrote it</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Detail panel row</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Confidence</source>
        <extracomment>Detail panel row</extracomment>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <extracomment>Detail panel row: the report looked and found nothing in this period</extracomment>
        <translation>未监测到</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <extracomment>Detail panel section: the entries of a turning point</extracomment>
        <translation>条目（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Detail panel row: the date of an entry; &quot;no date&quot; when none of its fields has one</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Turning point</source>
        <extracomment>Detail panel row: the turning point an entry belongs to</extracomment>
        <translation>所属转折点</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Detail panel section: the sources an entry cites</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Separator between title, source name, URL and date in a copied citation</extracomment>
        <translation>。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>Detail panel row: the web address a report was downloaded from</extracomment>
        <translation>网址</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <extracomment>Detail panel, comparison table: column of the earlier version&apos;s values</extracomment>
        <translation>早期版本</translation>
    </message>
    <message>
        <source>This version</source>
        <extracomment>Detail panel, comparison table: column of this (the newer) version&apos;s values</extracomment>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Detail panel, comparison table: a side that has no such value</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <extracomment>Detail panel section of a report compared with an earlier version (File → Compare With…); %1 is the earlier version&apos;s file</extracomment>
        <translation>与 %1 对比</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified (%4 re-scored), %5 unchanged</source>
        <extracomment>Detail panel: counts of turning points by how they differ from the earlier version</extracomment>
        <translation>新增 %1 个，删除 %2 个，修改 %3 个（其中重新评分 %4 个），未变 %5 个</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Removed in this version (%1)</source>
        <extracomment>Detail panel section: turning points of the earlier version missing in this one</extracomment>
        <translation>本版本中已删除（%1）</translation>
    </message>
    <message>
        <source>Compared with %1: %2</source>
        <extracomment>Detail panel section: how this turning point differs from the earlier version; %1 is the earlier version&apos;s file, %2 the change (&quot;added&quot;, &quot;re-scored +12&quot;, &quot;changed&quot;, &quot;—&quot;)</extracomment>
        <translation>与 %1 对比：%2</translation>
    </message>
    <message>
        <source>New in this version.</source>
        <extracomment>Detail panel: a turning point the earlier version does not have
----------
Detail panel: an entry the earlier version does not have</extracomment>
        <translation>本版本新增。</translation>
    </message>
    <message>
        <source>The same in both versions.</source>
        <extracomment>Detail panel: the turning point is the same in both versions</extracomment>
        <translation>两个版本相同。</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Detail panel, comparison: the report found nothing in this period</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Entry added</source>
        <extracomment>Detail panel, comparison row: an entry new in this version</extracomment>
        <translation>新增条目</translation>
    </message>
    <message>
        <source>Entry removed</source>
        <extracomment>Detail panel, comparison row: an entry only the earlier version has</extracomment>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Entry renamed</source>
        <translation>条目已改名</translation>
    </message>
    <message>
        <source>Entry changed</source>
        <extracomment>Detail panel, comparison row: an entry that differs</extracomment>
        <translation>条目已修改</translation>
    </message>
    <message>
        <source>Entry changed (%1)</source>
        <translation>条目已修改（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Detail panel, comparison row: the entry&apos;s title</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Detail panel, comparison row: the entry&apos;s category label</extracomment>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>Turnpoint::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <extracomment>Window title of the diagnostics list</extracomment>
        <translation>诊断信息</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column header of the diagnostics list: the report&apos;s file name</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column header of the diagnostics list: line number in the report</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Column header of the diagnostics list: warning or error</extracomment>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Column header of the diagnostics list</extracomment>
        <translation>说明</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Severity of a diagnostic: a problem that made a report (or part) unusable</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1: the text is not available</source>
        <extracomment>Shown when the text of a report cannot be read again for context</extracomment>
        <translation>%1：无法读取原文</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Title above the report text, e.g. &quot;report.md, line 17&quot;</extracomment>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>Turnpoint::DocumentsController</name>
    <message>
        <source>Opening files: %1 of %2</source>
        <extracomment>Status bar while files are opened: files read so far and in total</extracomment>
        <translation>正在打开文件：%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>File menu</extracomment>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <extracomment>File menu: download a report from a web address</extracomment>
        <translation>打开网址(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <extracomment>File menu: read the open reports again from disk (or download them again)</extracomment>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <extracomment>File menu: close the report of the current selection</extracomment>
        <translation>关闭报告(&amp;C)</translation>
    </message>
    <message>
        <source>Open Reports</source>
        <extracomment>Title of the open dialog</extracomment>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Reports (*.md *.txt *.markdown);;All files (*)</source>
        <extracomment>File type filter of the open dialog</extracomment>
        <translation>报告 (*.md *.txt *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <extracomment>Status bar while one file is read, with its name</extracomment>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <extracomment>Status bar after the user cancelled opening files; the reports read so far stay</extracomment>
        <translation>已取消打开</translation>
    </message>
    <message>
        <source>Could Not Open</source>
        <extracomment>Title of the message listing files that could not be opened</extracomment>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>These files could not be opened; nothing already open was replaced.</source>
        <extracomment>Message text before the list of files that could not be opened</extracomment>
        <translation>以下文件无法打开；已打开的报告均未被替换。</translation>
    </message>
    <message>
        <source>Open URL</source>
        <extracomment>Title of the Open URL dialog
----------
Title of the message when an address cannot be opened</extracomment>
        <translation>打开网址</translation>
    </message>
    <message>
        <source>Address of a report (http or https):</source>
        <extracomment>Open URL dialog: prompt above the address field</extracomment>
        <translation>报告的网址（http 或 https）：</translation>
    </message>
    <message>
        <source>Only http and https addresses of a web server can be opened:
%1</source>
        <extracomment>Open URL: the address is not one Turnpoint downloads from</extracomment>
        <translation>只能打开指向网站服务器的 http 或 https 地址：
%1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <extracomment>Status bar while a report is downloaded, with its address</extracomment>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Download cancelled: %1</source>
        <extracomment>Status bar after the user cancelled a download</extracomment>
        <translation>已取消下载：%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <extracomment>Status bar after a report was downloaded</extracomment>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <extracomment>Status bar while open reports are read again (Reload, or their files changed)</extracomment>
        <translation>正在重新载入…</translation>
    </message>
    <message>
        <source>The file changed on disk and cannot be read as a report now (%1); the previous version is still shown.</source>
        <extracomment>Diagnostic and status bar message when a file changed on disk and can no longer be read as a report; %1 is what is wrong with it</extracomment>
        <translation>磁盘上的文件已更改，但现在无法作为报告读取（%1）；仍显示之前的版本。</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <extracomment>Status bar after a report was read again because its file changed</extracomment>
        <translation>%1 在磁盘上已更改，已重新载入。</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <extracomment>Title of the message shown when the file to compare with cannot be used</extracomment>
        <translation>无法对比</translation>
    </message>
    <message>
        <source>Could not compare with %1: %2</source>
        <extracomment>%1 is the file, %2 what is wrong with it</extracomment>
        <translation>无法与 %1 对比：%2</translation>
    </message>
</context>
<context>
    <name>Turnpoint::ExportController</name>
    <message>
        <source>&amp;Export Chart…</source>
        <extracomment>File menu</extracomment>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>P&amp;NG Scale</source>
        <extracomment>File menu: submenu choosing the pixel density of the PNG from Export Chart…</extracomment>
        <translation>PNG 缩放(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;%1×</source>
        <extracomment>File menu, PNG Scale: image pixels per chart pixel, e.g. &quot;2×&quot;</extracomment>
        <translation>&amp;%1×</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <extracomment>File menu: save the chart as a vector image</extracomment>
        <translation>将图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export Chart as P&amp;DF…</source>
        <extracomment>File menu: save the chart as a one-page PDF document</extracomment>
        <translation>将图表导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <extracomment>File menu: print the chart, through a print preview</extracomment>
        <translation>打印图表(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <extracomment>File menu: write the turning points shown now (with all filters) as CSV or JSON</extracomment>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <extracomment>Title of the export dialog (PNG, SVG and PDF)</extracomment>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <extracomment>File type filter of the export dialog</extracomment>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <extracomment>File type filter of the export dialog</extracomment>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>File type filter of the export dialog</extracomment>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <extracomment>Status bar message after an export, with the file name</extracomment>
        <translation>图表已导出到 %1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <extracomment>File type filter of the Export Data dialog</extracomment>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <extracomment>File type filter of the Export Data dialog</extracomment>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <extracomment>Title of the Export Data dialog
----------
Export Data failed: the file, then the system&apos;s reason</extracomment>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Data exported to %1</source>
        <extracomment>Status bar message after Export Data, with the file name</extracomment>
        <translation>数据已导出到 %1</translation>
    </message>
    <message>
        <source>Save As &amp;Normalised Report…</source>
        <extracomment>File menu: write the current report back as a clean turning-point report (Markdown)</extracomment>
        <translation>另存为规范报告(&amp;N)…</translation>
    </message>
    <message>
        <source>Save As Normalised Report</source>
        <extracomment>Title of the Save As Normalised Report dialog
----------
Save As Normalised Report failed: the file, then the system&apos;s reason</extracomment>
        <translation>另存为规范报告</translation>
    </message>
    <message>
        <source>Turning-point report (*.md)</source>
        <extracomment>File type filter of the Save As Normalised Report dialog</extracomment>
        <translation>转折点报告 (*.md)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <extracomment>Status bar message after Save As Normalised Report, with the file name</extracomment>
        <translation>报告已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Turnpoint::FilterBar</name>
    <message>
        <source>Filter</source>
        <extracomment>Title of the filter toolbar (shown in the toolbar context menu)</extracomment>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Minimum confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <source>Hide turning points whose confidence is below this value</source>
        <extracomment>Tool tip of the confidence slider</extracomment>
        <translation>隐藏置信度低于此值的转折点</translation>
    </message>
    <message>
        <source>≥ %1%</source>
        <extracomment>Value next to the confidence slider, e.g. &quot;≥ 60%&quot;</extracomment>
        <translation>≥ %1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n turning point(s) ≥ %2%</source>
        <extracomment>Status bar: turning points passing the confidence filter out of all loaded (%n), and the threshold, e.g. &quot;5 of 10 turning points ≥ 60%&quot;</extracomment>
        <translation>
            <numerusform>共 %n 个转折点，%1 个置信度 ≥ %2%</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidence</source>
        <extracomment>Label before the confidence slider (followed by the slider and &quot;≥ 60%&quot;), kept short so the filters fit in one row</extracomment>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Turning points by confidence</source>
        <extracomment>Accessible name of the histogram above the confidence slider</extracomment>
        <translation>转折点置信度分布</translation>
    </message>
    <message>
        <source>Hide nothing found</source>
        <extracomment>Toolbar check box: hide turning points where the report found nothing</extracomment>
        <translation>隐藏未监测到</translation>
    </message>
    <message>
        <source>Hide the periods in which the report found no policy or event</source>
        <extracomment>Tool tip of the &quot;Hide nothing found&quot; check box</extracomment>
        <translation>隐藏报告中未监测到政策或事件的时期</translation>
    </message>
    <message numerus="yes">
        <source>Show turning points of kind %1 (%n loaded)</source>
        <extracomment>Tool tip of a kind filter button: the kind (Event, Policy or Other) and how many turning points of it are loaded</extracomment>
        <translation>
            <numerusform>显示类型为 %1 的转折点（已载入 %n 个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::FilterStatus</name>
    <message>
        <source>Clear Filters</source>
        <extracomment>Status bar button: reset every filter except the confidence threshold</extracomment>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show all kinds, categories, dates and periods again, and clear the search (the confidence threshold stays)</source>
        <extracomment>Tool tip of the Clear Filters button</extracomment>
        <translation>重新显示所有类型、类别、日期和时期，并清除搜索（置信度阈值保持不变）</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <extracomment>Status bar: what the active filters are, e.g. &quot;Filtered: kind: 政策; search “CCUS”&quot;</extracomment>
        <translation>已筛选：%1</translation>
    </message>
</context>
<context>
    <name>Turnpoint::FindController</name>
    <message>
        <source>&amp;Find…</source>
        <extracomment>Edit menu: put the cursor in the search field</extracomment>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <extracomment>Edit menu: select the next turning point matching the search, in time order</extracomment>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <extracomment>Edit menu: select the previous turning point matching the search, in time order</extracomment>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <extracomment>Edit menu: reset every filter except the confidence threshold</extracomment>
        <translation>清除筛选(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Turnpoint::LabelFilterButton</name>
    <message>
        <source>Categories</source>
        <extracomment>Toolbar: drop-down button of the entry category filter (项目名称, 调控措施, …); %n is how many categories are checked, 0 when the filter is off</extracomment>
        <translation>类别</translation>
    </message>
    <message numerus="yes">
        <source>Categories (%n)</source>
        <translation>
            <numerusform>类别（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only turning points with entries of the checked categories</source>
        <extracomment>Tool tip of the category filter button</extracomment>
        <translation>只显示含有所选类别条目的转折点</translation>
    </message>
    <message>
        <source>Entry categories</source>
        <extracomment>Accessible name of the category filter button</extracomment>
        <translation>条目类别</translation>
    </message>
    <message>
        <source>All Categories</source>
        <extracomment>Category filter menu: uncheck every category (show all turning points again)</extracomment>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>(no category)</source>
        <extracomment>Category filter menu: entries written without a label</extracomment>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Category filter menu item: the category and how many entries carry it</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No categories</source>
        <extracomment>Category filter menu when no report with entries is loaded</extracomment>
        <translation>没有类别</translation>
    </message>
</context>
<context>
    <name>Turnpoint::LinkCheckController</name>
    <message>
        <source>Checking links: %1 of %2</source>
        <extracomment>Status bar while Check Links runs: links done and in total</extracomment>
        <translation>正在检查链接：%1 / %2</translation>
    </message>
    <message>
        <source>Check &amp;Links</source>
        <extracomment>Tools menu: check over the network whether every source link still works</extracomment>
        <translation>检查链接(&amp;L)</translation>
    </message>
    <message>
        <source>Check Links &amp;Again (Ignore Cache)</source>
        <extracomment>Tools menu: check every link over the network again, not reusing results from the last 24 hours</extracomment>
        <translation>重新检查链接（忽略缓存）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop Checking Links</source>
        <extracomment>Tools menu: stop a running link check</extracomment>
        <translation>停止检查链接(&amp;S)</translation>
    </message>
    <message>
        <source>The open reports cite no links to check.</source>
        <extracomment>Status bar: Check Links found nothing to check</extracomment>
        <translation>已打开的报告中没有可检查的链接。</translation>
    </message>
    <message>
        <source>Checking links…</source>
        <extracomment>Status bar when Check Links starts</extracomment>
        <translation>正在检查链接…</translation>
    </message>
    <message numerus="yes">
        <source>Link check stopped after %n link(s).</source>
        <extracomment>Status bar after the user stopped Check Links: links checked so far</extracomment>
        <translation>
            <numerusform>链接检查已停止，已检查 %n 个链接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 link(s) have problems.</source>
        <extracomment>Status bar after Check Links: how many links have a problem, of how many</extracomment>
        <translation>
            <numerusform>%1 个链接中有 %n 个存在问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n link(s) work.</source>
        <extracomment>Status bar after Check Links found no problem</extracomment>
        <translation>
            <numerusform>全部 %n 个链接均可访问。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::LinkChecker</name>
    <message>
        <source>not an http(s) link that may be opened; not requested</source>
        <translation>不是可打开的 http(s) 链接，未发出请求</translation>
    </message>
    <message>
        <source>not done after %1 s</source>
        <translation>%1 秒后仍未完成</translation>
    </message>
    <message>
        <source>no response for %1 s</source>
        <translation>%1 秒无响应</translation>
    </message>
    <message>
        <source>redirects to %1, which is not a safe http(s) link; not followed</source>
        <translation>重定向到 %1，这不是安全的 http(s) 链接，未跟随</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>redirects to %1</source>
        <translation>重定向到 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>意外的 HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>HTTP %1 without a usable Location</source>
        <translation>HTTP %1，但没有可用的 Location 头</translation>
    </message>
</context>
<context>
    <name>Turnpoint::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu</extracomment>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <extracomment>View menu: list of problems found while reading the reports</extracomment>
        <translation>诊断信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>View menu: submenu listing the UI languages, each under its own name</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu</extracomment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Turnpoint</source>
        <extracomment>Help menu</extracomment>
        <translation>关于 Turnpoint(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>Help menu</extracomment>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the problems found while reading the reports</source>
        <extracomment>Tool tip of the status bar&apos;s warning count</extracomment>
        <translation>显示读取报告时发现的问题</translation>
    </message>
    <message>
        <source>About Turnpoint</source>
        <extracomment>Title of the About dialog</extracomment>
        <translation>关于 Turnpoint</translation>
    </message>
    <message>
        <source>Turnpoint %1</source>
        <extracomment>About dialog heading: program name and version</extracomment>
        <translation>Turnpoint %1</translation>
    </message>
    <message>
        <source>A timeline viewer for turning-point reports: open reports, filter turning points by confidence, read every entry with its sources, and export the chart.

Built with Qt %1, running on Qt %2.</source>
        <extracomment>About dialog: what the program is, then the Qt versions it was built with and runs on</extracomment>
        <translation>转折点报告时间线查看器：打开报告，按置信度筛选转折点，阅读每个条目及其来源，并导出图表。

基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Status bar: number of problems found while reading the reports</extracomment>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>No report</source>
        <extracomment>Window title when no report is open</extracomment>
        <translation>未打开报告</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: the report&apos;s file name and title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>View menu: show or hide the list of every source the reports cite</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>Menu</extracomment>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu</extracomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>turnpoint: the application icon needs Qt&apos;s SVG support (package libqt6svg6); using the default icon</source>
        <extracomment>Standard error, at start-up; libqt6svg6 is the Debian package name</extracomment>
        <translation>turnpoint：应用图标需要 Qt 的 SVG 支持（软件包 libqt6svg6）；使用默认图标</translation>
    </message>
</context>
<context>
    <name>Turnpoint::OutlineDelegate</name>
    <message>
        <source>up to %1</source>
        <extracomment>Outline: analysis period given only by its end, e.g. &quot;up to May 2025&quot;</extracomment>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>undated</source>
        <extracomment>Outline: a turning point whose date is missing or unreadable</extracomment>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <extracomment>Outline: a turning point where the report found nothing</extracomment>
        <translation>未监测到</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>无条目</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Outline, Change column: the turning point or entry is the same in both versions</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>Outline, Change column: new in this version</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>Outline, Change column: only in the earlier version</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>Outline, Change column: entries, kind or notes differ from the earlier version</extracomment>
        <translation>已修改</translation>
    </message>
    <message>
        <source>re-scored +%1</source>
        <extracomment>Outline, Change column: the confidence went up (+) or down (−) by %1 points</extracomment>
        <translation>重新评分 +%1</translation>
    </message>
    <message>
        <source>re-scored −%1</source>
        <translation>重新评分 −%1</translation>
    </message>
    <message>
        <source>re-scored</source>
        <extracomment>Outline, Change column: scored in one version only</extracomment>
        <translation>重新评分</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <extracomment>Outline, Change column: re-scored and also changed otherwise; %1 is &quot;re-scored +12&quot;</extracomment>
        <translation>%1，已修改</translation>
    </message>
    <message>
        <source>renamed</source>
        <extracomment>Outline, Change column: an entry whose title was edited (matched as the same entry)</extracomment>
        <translation>已改名</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <extracomment>Outline, Sources column after Check Links: number of sources, then how many of them have a link with a problem (broken, unsafe, timed out or failing)</extracomment>
        <translation>
            <numerusform>%1（%n 个链接有问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::OutlineView</name>
    <message>
        <source>Outline</source>
        <extracomment>Accessible name of the outline tree</extracomment>
        <translation>大纲</translation>
    </message>
</context>
<context>
    <name>Turnpoint::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>File menu: submenu of recently opened reports</extracomment>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <extracomment>Open Recent submenu when there is nothing to list</extracomment>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <extracomment>Open Recent submenu: forget the listed files</extracomment>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>Turnpoint::ReportDownloader</name>
    <message>
        <source>not an http(s) URL that may be opened</source>
        <translation>不是可打开的 http(s) 网址</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>下载已取消</translation>
    </message>
    <message>
        <source>download stopped: the report is larger than %1 MB</source>
        <translation>下载已停止：报告大于 %1 MB</translation>
    </message>
    <message>
        <source>download stopped: no data for %1 s</source>
        <translation>下载已停止：%1 秒内没有收到数据</translation>
    </message>
    <message>
        <source>download stopped: not complete after %1 s</source>
        <translation>下载已停止：%1 秒后仍未完成</translation>
    </message>
    <message>
        <source>could not download: redirects to %1, which is not a safe http(s) link</source>
        <translation>无法下载：重定向到 %1，这不是安全的 http(s) 链接</translation>
    </message>
    <message>
        <source>could not download: HTTP %1</source>
        <translation>无法下载：HTTP %1</translation>
    </message>
    <message>
        <source>could not download: HTTP %1 %2</source>
        <translation>无法下载：HTTP %1 %2</translation>
    </message>
    <message>
        <source>could not download: more than %1 redirects</source>
        <translation>无法下载：重定向超过 %1 次</translation>
    </message>
    <message>
        <source>could not download: %1</source>
        <translation>无法下载：%1</translation>
    </message>
    <message>
        <source>another download is still running</source>
        <translation>另一个下载仍在进行中</translation>
    </message>
</context>
<context>
    <name>Turnpoint::SearchBar</name>
    <message>
        <source>Search</source>
        <extracomment>Title of the search toolbar (shown in the toolbar context menu)
----------
Accessible name of the search field</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search turning points (Ctrl+F)</source>
        <extracomment>Placeholder of the search field</extracomment>
        <translation>搜索转折点（Ctrl+F）</translation>
    </message>
    <message>
        <source>Finds titles, categories, fields, notes, sources and hosts; every word must occur. Enter: next match, Shift+Enter: previous, Esc: clear.</source>
        <extracomment>Tool tip of the search field</extracomment>
        <translation>搜索标题、类别、字段、备注、来源和主机，须包含所有词语。Enter：下一个匹配项，Shift+Enter：上一个，Esc：清除。</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <extracomment>Search toolbar: button that selects the previous matching turning point (in time)</extracomment>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <extracomment>Search toolbar: button that selects the next matching turning point (in time)</extracomment>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Only matches</source>
        <extracomment>Search toolbar check box: hide the turning points that do not match</extracomment>
        <translation>仅显示匹配项</translation>
    </message>
    <message>
        <source>Hide turning points that do not match instead of highlighting the ones that do</source>
        <extracomment>Tool tip of the &quot;Only matches&quot; check box</extracomment>
        <translation>隐藏不匹配的转折点，而不是突出显示匹配的转折点</translation>
    </message>
    <message>
        <source>No matches</source>
        <extracomment>Search toolbar: the search found nothing among the turning points shown</extracomment>
        <translation>无匹配项</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <extracomment>Search toolbar, first half of &quot;4 matches in 3 turning points&quot;: occurrences found</extracomment>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turning point(s)</source>
        <extracomment>Search toolbar, second half of &quot;4 matches in 3 turning points&quot;</extracomment>
        <translation>
            <numerusform>%n 个转折点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Search toolbar: &quot;4 matches&quot; and &quot;3 turning points&quot; joined, e.g. &quot;4 matches in 3 turning points&quot;</extracomment>
        <translation>%1，分布于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n turning point(s) match; counting…</source>
        <extracomment>Search toolbar, while the occurrences are still being counted (large data)</extracomment>
        <translation>
            <numerusform>%n 个转折点匹配，正在统计…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::SourceIndexModel</name>
    <message>
        <source>Source</source>
        <extracomment>Source index column header: the source&apos;s name, e.g. 中国日报网</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>Source index column header</extracomment>
        <translation>链接</translation>
    </message>
    <message>
        <source>Entries</source>
        <extracomment>Source index column header: number of entries citing the source</extracomment>
        <translation>条目</translation>
    </message>
    <message>
        <source>Turning points</source>
        <extracomment>Source index column header: number of turning points citing the source</extracomment>
        <translation>转折点</translation>
    </message>
    <message>
        <source>First cited</source>
        <extracomment>Source index column header: date of the earliest turning point citing it</extracomment>
        <translation>首次引用</translation>
    </message>
    <message>
        <source>Last cited</source>
        <extracomment>Source index column header: date of the latest turning point citing it</extracomment>
        <translation>最后引用</translation>
    </message>
    <message>
        <source>Link status</source>
        <extracomment>Source index column header: result of checking the link</extracomment>
        <translation>链接状态</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Link status in the source index: the link works</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Redirected</source>
        <extracomment>Link status in the source index: the link works after a redirect</extracomment>
        <translation>已重定向</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>Link status in the source index: the server answered with an error (404 etc.)</extracomment>
        <translation>失效</translation>
    </message>
    <message>
        <source>Timed out</source>
        <extracomment>Link status in the source index: no answer in time</extracomment>
        <translation>超时</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <extracomment>Link status in the source index: not a safe http(s) link, never opened</extracomment>
        <translation>不安全</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Link status in the source index: no HTTP answer (DNS, refused, TLS...)</extracomment>
        <translation>出错</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>Source index column header: the host name of the link</extracomment>
        <translation>主机</translation>
    </message>
</context>
<context>
    <name>Turnpoint::SourceLink</name>
    <message>
        <source>Link, opens in the web browser</source>
        <extracomment>Accessible description of a source link</extracomment>
        <translation>链接，在网页浏览器中打开</translation>
    </message>
    <message>
        <source>Only http and https links to a host are opened. This one is shown as written:
%1</source>
        <extracomment>Tool tip of a source whose link is not opened, followed by the link as written</extracomment>
        <translation>仅打开指向主机的 http 和 https 链接。此链接按原文显示：
%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A source: its name and the host of its link, e.g. &quot;中国日报网 — www.chinadaily.com.cn&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (no link)</source>
        <extracomment>A source the report names without a link</extracomment>
        <translation>%1（无链接）</translation>
    </message>
    <message>
        <source>%1 (not openable)</source>
        <extracomment>A source whose link must not be opened (not http/https, or malformed)</extracomment>
        <translation>%1（无法打开）</translation>
    </message>
    <message>
        <source>Open Link</source>
        <extracomment>Context menu of a source</extracomment>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <extracomment>Context menu of a source: copy the URL as written</extracomment>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <extracomment>Context menu of a source: copy title, source name, URL and date</extracomment>
        <translation>复制引用</translation>
    </message>
</context>
<context>
    <name>Turnpoint::SourcesDelegate</name>
    <message>
        <source>(unnamed)</source>
        <extracomment>Sources view: a source the report gives without a name, only a link</extracomment>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>no link</source>
        <extracomment>Sources view, Host column: the source has no link</extracomment>
        <translation>无链接</translation>
    </message>
    <message>
        <source>not openable</source>
        <extracomment>Sources view, Host column: the link is not an http(s) link to a host</extracomment>
        <translation>不可打开</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Sources view, Status column: Check Links has not looked at this link</extracomment>
        <translation>未检查</translation>
    </message>
    <message>
        <source>undated</source>
        <extracomment>Sources view, first/last cited: every citing turning point is undated</extracomment>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n entry(s)</source>
        <extracomment>Sources view tool tip, first half of &quot;Cited by 3 entries in 2 turning points&quot;</extracomment>
        <translation>
            <numerusform>被 %n 个条目引用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n turning point(s)</source>
        <extracomment>Sources view tool tip: %1 is &quot;Cited by 3 entries&quot;, %n the turning points, e.g. &quot;Cited by 3 entries in 2 turning points&quot;</extracomment>
        <translation>
            <numerusform>%1，涉及 %n 个转折点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::SourcesView</name>
    <message>
        <source>Sources</source>
        <extracomment>Accessible name of the Sources view</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Select a source to list the entries citing it.</source>
        <extracomment>Sources view, above the (empty) list of citing entries</extracomment>
        <translation>选择一个来源，以列出引用它的条目。</translation>
    </message>
    <message>
        <source>undated</source>
        <extracomment>Sources view: a citing entry&apos;s turning point has no date</extracomment>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Sources view: an entry as &quot;label: title&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Sources view: one citing entry, &quot;turning point date — entry&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only http and https links to a host are opened.</source>
        <extracomment>Status bar: the user tried to open a source link that Turnpoint does not open</extracomment>
        <translation>只打开指向主机的 http 和 https 链接。</translation>
    </message>
    <message>
        <source>Open Link</source>
        <extracomment>Sources view context menu</extracomment>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <extracomment>Sources view context menu: copy the URL as written</extracomment>
        <translation>复制链接</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n entry(s):</source>
        <extracomment>Sources view: heading of the list of entries citing the current source</extracomment>
        <translation>
            <numerusform>被 %n 个条目引用：</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, host or link</source>
        <extracomment>Placeholder of the Sources view&apos;s filter field</extracomment>
        <translation>按名称、主机或链接筛选</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <extracomment>Accessible name of the Sources view&apos;s filter field</extracomment>
        <translation>筛选来源</translation>
    </message>
    <message>
        <source>That entry&apos;s turning point is hidden by the current filters.</source>
        <extracomment>Status bar: a citing entry in the Sources view cannot be shown (confidence threshold, kind, category, date or search filter)</extracomment>
        <translation>该条目所属转折点已被当前筛选条件隐藏。</translation>
    </message>
</context>
<context>
    <name>Turnpoint::StatusProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>Status bar button that stops a download or a link check</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Turnpoint::TimelineChart</name>
    <message>
        <source>Confidence</source>
        <extracomment>Title of the chart&apos;s vertical axis</extracomment>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
</context>
<context>
    <name>Turnpoint::TimelineChartView</name>
    <message>
        <source>Timeline chart</source>
        <extracomment>Accessible name of the timeline chart</extracomment>
        <translation>时间线图表</translation>
    </message>
    <message>
        <source>Drag along the time axis to filter by a date range</source>
        <extracomment>Tool tip of the time axis under the chart</extracomment>
        <translation>沿时间轴拖动以按日期范围筛选</translation>
    </message>
    <message>
        <source>Move Up</source>
        <extracomment>Lane menu (right-click on a lane in lanes mode)</extracomment>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <extracomment>Lane menu</extracomment>
        <translation>下移</translation>
    </message>
    <message>
        <source>Hide Lane</source>
        <extracomment>Lane menu: hide this report&apos;s lane</extracomment>
        <translation>隐藏泳道</translation>
    </message>
    <message>
        <source>Show All Lanes</source>
        <extracomment>Lane menu</extracomment>
        <translation>显示全部泳道</translation>
    </message>
    <message>
        <source>No Grouping</source>
        <extracomment>Lane menu: lanes not grouped</extracomment>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Group by Region</source>
        <extracomment>Lane menu: group lanes by the region their report&apos;s title names</extracomment>
        <translation>按地区分组</translation>
    </message>
    <message>
        <source>Group by Sector</source>
        <extracomment>Lane menu: group lanes by the sector their report&apos;s title names</extracomment>
        <translation>按部门分组</translation>
    </message>
</context>
<context>
    <name>Turnpoint::TimelineModel</name>
    <message>
        <source>Date</source>
        <extracomment>Outline column header</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Confidence</source>
        <extracomment>Outline column header</extracomment>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Outline column header: kind of turning point (事件/政策) or category label of an entry</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Outline column header</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Entries</source>
        <extracomment>Outline column header: number of entries</extracomment>
        <translation>条目</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Outline column header: number of cited sources</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Outline column header: how a turning point differs from the earlier version (File → Compare With…): added, removed, re-scored, changed</extracomment>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>turnpoint: unsupported UI language &quot;%1&quot;</source>
        <extracomment>Standard error: %1 is the language code that was asked for</extracomment>
        <translation>turnpoint：不支持的界面语言“%1”</translation>
    </message>
    <message>
        <source>turnpoint: could not load the %1 translation; showing the original texts</source>
        <extracomment>Standard error: %1 is the language code (zh_CN, en) whose translation is missing</extracomment>
        <translation>turnpoint：无法载入 %1 翻译；显示原文</translation>
    </message>
    <message>
        <source>turnpoint: Qt&apos;s own %1 translation was not found in %2 (package qt6-translations-l10n); standard dialogs stay in English</source>
        <extracomment>Standard error: %1 is the language code, %2 Qt&apos;s translations directory; qt6-translations-l10n is the Debian package name</extracomment>
        <translation>turnpoint：在 %2 中找不到 Qt 自带的 %1 翻译（软件包 qt6-translations-l10n）；标准对话框仍为英文</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>only http and https links are opened</source>
        <extracomment>Why a link from a report is not opened.</extracomment>
        <translation>只打开 http 和 https 链接</translation>
    </message>
    <message>
        <source>the link has no host name</source>
        <extracomment>Why a link from a report is not opened: &quot;https:///path&quot; has no host name.</extracomment>
        <translation>链接没有主机名</translation>
    </message>
    <message>
        <source>the link has a user name or password before the host name</source>
        <extracomment>Why a link from a report is not opened: &quot;https://user@host/&quot; or &quot;https://www.gov.cn@evil.example/&quot;, which hides the real host.</extracomment>
        <translation>链接在主机名前含有用户名或密码</translation>
    </message>
    <message>
        <source>the link is longer than %1 characters</source>
        <extracomment>Why a link from a report is not opened. %1 is the limit in characters.</extracomment>
        <translation>链接超过 %1 个字符</translation>
    </message>
    <message>
        <source>the link contains a space or a control character</source>
        <extracomment>Why a link from a report is not opened: a space, tab, line break or invisible control character inside it.</extracomment>
        <translation>链接含有空格或控制字符</translation>
    </message>
    <message>
        <source>the link is not a valid address</source>
        <extracomment>Why a link from a report is not opened: it is not a valid address (a bad port, a broken host name, ...).</extracomment>
        <translation>链接不是有效的地址</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--min-confidence takes a whole number from 0 to 100, not &quot;%1&quot;</source>
        <translation>--min-confidence 需要 0 到 100 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels (200x150 to 10000x10000), not &quot;%1&quot;</source>
        <translation>--size 需要以像素为单位的 宽x高（200x150 至 10000x10000），而不是“%1”</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.25 to 8, not &quot;%1&quot;</source>
        <translation>--scale 需要 0.25 到 8 之间的数值，而不是“%1”</translation>
    </message>
    <message>
        <source>error: could not write to standard output</source>
        <translation>error: 无法写入标准输出</translation>
    </message>
    <message>
        <source>%1: error: could not write: %2</source>
        <translation>%1: error: 无法写入：%2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>Timeline viewer for turning-point reports.</source>
        <translation>转折点报告时间线查看器。</translation>
    </message>
    <message>
        <source>Only turning points with confidence &gt;= N (0-100).</source>
        <translation>只显示置信度 &gt;= N（0-100）的转折点。</translation>
    </message>
    <message>
        <source>Write the parsed reports as JSON (- for standard output) and exit.</source>
        <translation>将解析后的报告写为 JSON（- 表示标准输出）后退出。</translation>
    </message>
    <message>
        <source>Device pixel ratio of the PNG (default 2).</source>
        <translation>PNG 的设备像素比（默认 2）。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;</source>
        <translation>--lang 只接受 zh_CN 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>Check every source link over the network, print one line per link (STATUS HTTP_CODE URL) and exit.</source>
        <translation>通过网络检查每个来源链接，每个链接输出一行（STATUS HTTP_CODE URL），然后退出。</translation>
    </message>
    <message>
        <source>Reports to open (files or http(s) URLs); none opens the built-in sample.</source>
        <translation>要打开的报告（文件或 http(s) 网址）；不指定则打开内置示例。</translation>
    </message>
    <message>
        <source>--compare OLD takes exactly one more report, the newer version</source>
        <translation>--compare OLD 需要且只需要再给出一份报告，即较新的版本</translation>
    </message>
    <message>
        <source>Write one row per entry as CSV (UTF-8 with BOM; - for standard output) and exit.</source>
        <translation>以 CSV 格式每个条目写一行（带 BOM 的 UTF-8；- 表示标准输出），然后退出。</translation>
    </message>
    <message>
        <source>Export only turning points matching TEXT (titles, labels, fields, notes, sources); every export.</source>
        <translation>只导出与 TEXT 匹配的转折点（标题、类别、字段、备注、来源）；适用于所有导出。</translation>
    </message>
    <message>
        <source>Export only turning points of kind K (事件/event, 政策/policy, 其他/other; every export); may be repeated.</source>
        <translation>只导出类型为 K 的转折点（事件/event、政策/policy、其他/other；适用于所有导出）；可重复指定。</translation>
    </message>
    <message>
        <source>Chart size in logical pixels for --export-png, --export-svg and --export-pdf (default 1600x600).</source>
        <translation>--export-png、--export-svg 和 --export-pdf 的图表尺寸，单位为逻辑像素（默认 1600x600）。</translation>
    </message>
    <message>
        <source>--compare, --search and --kind need an export option (--export-json, --export-csv, --export-png, --export-svg or --export-pdf)</source>
        <translation>--compare、--search 和 --kind 需要配合导出选项（--export-json、--export-csv、--export-png、--export-svg 或 --export-pdf）</translation>
    </message>
    <message>
        <source>--compare works with --export-json, --export-png, --export-svg and --export-pdf only</source>
        <translation>--compare 只能与 --export-json、--export-png、--export-svg 和 --export-pdf 一起使用</translation>
    </message>
    <message>
        <source>Compare OLD with the one report given (the newer version); --export-json adds the changes, the chart exports mark them.</source>
        <translation>将 OLD 与给定的唯一报告（较新版本）对比；--export-json 会附加变化列表，图表导出会标出变化。</translation>
    </message>
    <message>
        <source>Render the timeline chart to a PNG file (- for standard output) and exit.</source>
        <translation>将时间线图表渲染为 PNG 文件（- 表示标准输出）后退出。</translation>
    </message>
    <message>
        <source>Render the timeline chart to an SVG file (vector; - for standard output) and exit.</source>
        <translation>将时间线图表渲染为 SVG 文件（矢量；- 表示标准输出）后退出。</translation>
    </message>
    <message>
        <source>Render the timeline chart to a one-page PDF file (vector; - for standard output) and exit.</source>
        <translation>将时间线图表渲染为单页 PDF 文件（矢量；- 表示标准输出）后退出。</translation>
    </message>
    <message>
        <source>Write the one report back in canonical form (UTF-8, full-width punctuation, one field per line; the whole report, - for standard output) and exit.</source>
        <translation>将这份报告按规范格式写回（UTF-8、全角标点、每行一个字段；完整报告，- 表示标准输出）后退出。</translation>
    </message>
    <message>
        <source>--export-md writes one report; give one file or URL</source>
        <translation>--export-md 只写出一份报告，请只给出一个文件或网址</translation>
    </message>
</context>
</TS>
