<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartExporter</name>
    <message numerus="yes">
        <source>confidence ≥ %1%, %2 of %n turning point(s)</source>
        <extracomment>Caption under an exported chart: the threshold, then shown out of all (%n) turning points, e.g. &quot;confidence ≥ 60%, 5 of 10 turning points&quot;</extracomment>
        <translation>
            <numerusform>confidence ≥ %1%, %2 of %n turning point</numerusform>
            <numerusform>confidence ≥ %1%, %2 of %n turning points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>%n turning point(s)</source>
        <extracomment>Tool tip of a column of the dense chart: how many turning points are in it</extracomment>
        <translation>
            <numerusform>%n turning point</numerusform>
            <numerusform>%n turning points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the confidence threshold</source>
        <extracomment>Tool tip of a column of the dense chart: faint turning points below the threshold</extracomment>
        <translation>
            <numerusform>%n below the confidence threshold</numerusform>
            <numerusform>%n below the confidence threshold</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message numerus="yes">
        <source>(%n NUL characters in all)</source>
        <translation>
            <numerusform>(%n NUL character in all)</numerusform>
            <numerusform>(%n NUL characters in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n undecodable bytes in all)</source>
        <translation>
            <numerusform>(%n undecodable byte in all)</numerusform>
            <numerusform>(%n undecodable bytes in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::ConfidenceHistogramWidget</name>
    <message numerus="yes">
        <source>%1–%2%: %n turning point(s)</source>
        <extracomment>Confidence histogram tool tip: one bin, e.g. &quot;60–70%: 3 turning points&quot;. The last bin includes 100%.</extracomment>
        <translation>
            <numerusform>%1–%2%: %n turning point</numerusform>
            <numerusform>%1–%2%: %n turning points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≥ %1%: %2 of %n shown</source>
        <extracomment>Confidence histogram tool tip, second line: what the current threshold keeps, e.g. &quot;≥ 60%: 5 of 10 shown&quot;</extracomment>
        <translation>
            <numerusform>≥ %1%: %2 of %n shown</numerusform>
            <numerusform>≥ %1%: %2 of %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without confidence (shown only at 0%)</source>
        <extracomment>Confidence histogram tool tip: turning points without a confidence are not in any bin; they are shown only at threshold 0</extracomment>
        <translation>
            <numerusform>%n without confidence (shown only at 0%)</numerusform>
            <numerusform>%n without confidence (shown only at 0%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::FilterBar</name>
    <message numerus="yes">
        <source>%1 of %n turning point(s) ≥ %2%</source>
        <extracomment>Status bar: turning points passing the confidence filter out of all loaded (%n), and the threshold, e.g. &quot;5 of 10 turning points ≥ 60%&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n turning point ≥ %2%</numerusform>
            <numerusform>%1 of %n turning points ≥ %2%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show turning points of kind %1 (%n loaded)</source>
        <extracomment>Tool tip of a kind filter button: the kind (Event, Policy or Other) and how many turning points of it are loaded</extracomment>
        <translation>
            <numerusform>Show turning points of kind %1 (%n loaded)</numerusform>
            <numerusform>Show turning points of kind %1 (%n loaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::LabelFilterButton</name>
    <message numerus="yes">
        <source>Categories (%n)</source>
        <translation>
            <numerusform>Categories (%n)</numerusform>
            <numerusform>Categories (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::LinkCheckController</name>
    <message numerus="yes">
        <source>Link check stopped after %n link(s).</source>
        <extracomment>Status bar after the user stopped Check Links: links checked so far</extracomment>
        <translation>
            <numerusform>Link check stopped after %n link.</numerusform>
            <numerusform>Link check stopped after %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 link(s) have problems.</source>
        <extracomment>Status bar after Check Links: how many links have a problem, of how many</extracomment>
        <translation>
            <numerusform>%n of %1 links has a problem.</numerusform>
            <numerusform>%n of %1 links have problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n link(s) work.</source>
        <extracomment>Status bar after Check Links found no problem</extracomment>
        <translation>
            <numerusform>The %n link works.</numerusform>
            <numerusform>All %n links work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::MainWindow</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Status bar: number of problems found while reading the reports</extracomment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::OutlineDelegate</name>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <extracomment>Outline, Sources column after Check Links: number of sources, then how many of them have a link with a problem (broken, unsafe, timed out or failing)</extracomment>
        <translation>
            <numerusform>%1 (%n problem)</numerusform>
            <numerusform>%1 (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::SearchBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <extracomment>Search toolbar, first half of &quot;4 matches in 3 turning points&quot;: occurrences found</extracomment>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turning point(s)</source>
        <extracomment>Search toolbar, second half of &quot;4 matches in 3 turning points&quot;</extracomment>
        <translation>
            <numerusform>%n turning point</numerusform>
            <numerusform>%n turning points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turning point(s) match; counting…</source>
        <extracomment>Search toolbar, while the occurrences are still being counted (large data)</extracomment>
        <translation>
            <numerusform>%n turning point matches; counting…</numerusform>
            <numerusform>%n turning points match; counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::SourcesDelegate</name>
    <message numerus="yes">
        <source>Cited by %n entry(s)</source>
        <extracomment>Sources view tool tip, first half of &quot;Cited by 3 entries in 2 turning points&quot;</extracomment>
        <translation>
            <numerusform>Cited by %n entry</numerusform>
            <numerusform>Cited by %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n turning point(s)</source>
        <extracomment>Sources view tool tip: %1 is &quot;Cited by 3 entries&quot;, %n the turning points, e.g. &quot;Cited by 3 entries in 2 turning points&quot;</extracomment>
        <translation>
            <numerusform>%1 in %n turning point</numerusform>
            <numerusform>%1 in %n turning points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Turnpoint::SourcesView</name>
    <message numerus="yes">
        <source>Cited by %n entry(s):</source>
        <extracomment>Sources view: heading of the list of entries citing the current source</extracomment>
        <translation>
            <numerusform>Cited by %n entry:</numerusform>
            <numerusform>Cited by %n entries:</numerusform>
        </translation>
    </message>
</context>
</TS>
