#include "corpusgenerator.h"

#include <QDate>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace Turnpoint {

namespace {

// splitmix64: tiny, fast, and the same sequence everywhere (std:: distributions are not
// specified bit for bit across standard libraries, so they are not used).
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi].
    int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return int(next() % 100) < percent; }
    template <typename T, size_t N> const T &pick(const T (&items)[N]) { return items[next() % N]; }

private:
    quint64 m_state;
};

quint64 mix(quint64 a, quint64 b) {
    Random r(a ^ (b * 0xD1B54A32D192ED03ULL));
    return r.next();
}

// Word pools, from the samples and their sibling reports.
const char *const cnRegions[] = {"云南省", "广西壮族自治区",   "四川省", "贵州省",
                                 "广东省", "浙江省",           "江苏省", "山东省",
                                 "河北省", "内蒙古自治区",     "湖北省", "福建省",
                                 "山西省", "新疆维吾尔自治区", "陕西省", "安徽省"};
const char *const cnSectors[] = {"工业", "建筑", "交通", "电力", "农业", "能源"};
const char *const cnCities[] = {"昆明", "玉溪", "曲靖", "南宁", "柳州", "桂林",    "成都",
                                "贵阳", "广州", "杭州", "苏州", "济南", "唐山",    "包头",
                                "武汉", "福州", "太原", "西安", "合肥", "乌鲁木齐"};
const char *const cnLabels[] = {"项目名称", "调控措施", "重点项目", "产业项目", "数字基建",
                                "示范工程", "城市战略", "政策名称", "配套措施", "重大事件"};
const char *const cnThings[] = {
    "绿色铝产业园区建设项目", "电解铝产能调控方案",     "碳中和示范园区基建工程",
    "新能源电池隔膜生产基地", "5G大数据产业园",         "低碳发展专项规划",
    "光伏储能一体化项目",     "氢能重卡示范线路",       "钢铁行业超低排放改造",
    "水泥行业错峰生产方案",   "绿色建筑创建行动方案",   "公共建筑能耗限额标准",
    "工业园区循环化改造",     "碳排放权交易试点",       "清洁取暖改造工程",
    "抽水蓄能电站建设项目",   "新能源汽车推广应用方案", "高耗能行业阶梯电价政策"};
const char *const cnDateKeys[] = {"实施时间", "执行时间", "立项时间",
                                  "投产时间", "发布日期", "建成时间"};
const char *const cnBodies[] = {
    "人民政府与山东魏桥创业集团", "发展和改革委员会", "生态环境厅", "工业和信息化厅",
    "住房和城乡建设厅",           "能源局与国家电网"};
const char *const cnEffects[] = {
    "促进工业领域低碳转型，优化区域碳排放结构", "落实能源消费总量控制及减排指标",
    "推动工业结构优化与清洁能源应用",           "促进新能源产业链低碳发展",
    "降低单位产值能耗，提升可再生能源消纳比例", "多领域协同降碳"};
const char *const cnScopes[] = {"全省铝冶炼企业",       "省级重点建设项目",
                                "新型数字基础设施集群", "工业、能源、交通、建筑",
                                "低碳基础设施体系",     "全省新建公共建筑"};
const char *const cnSourceNames[] = {"中国日报网",   "财新网",         "施工通",   "中国投资指南",
                                     "亚洲开发银行", "新华网",         "人民网",   "国家发展改革委",
                                     "生态环境部",   "省政府门户网站", "澎湃新闻", "经济参考报"};
const char *const hosts[] = {"www.chinadaily.com.cn", "www.caixinglobal.com",
                             "www.seetao.com",        "investinchina.chinadaily.com.cn",
                             "www.adb.org",           "www.news.cn",
                             "www.ndrc.gov.cn",       "www.mee.gov.cn",
                             "www.yn.gov.cn",         "www.gxrb.com.cn",
                             "www.thepaper.cn",       "www.jjckb.cn"};
const char *const cnKinds[] = {"规划", "市场", "技术", "投资"};
const char *const cnNotes[] = {"注：数据来自公开报道，以官方发布为准。",
                               "备注：项目进度可能有调整。", "说明：部分指标为估算值。"};

const char *const enRegions[] = {"Guangxi Zhuang Autonomous Region",
                                 "Yunnan Province",
                                 "Sichuan Province",
                                 "Guizhou Province",
                                 "Guangdong Province",
                                 "Zhejiang Province",
                                 "Inner Mongolia",
                                 "Hubei Province"};
const char *const enSectors[] = {"Building", "Industry", "Transport", "Power", "Agriculture"};
const char *const enCities[] = {"Nanning", "Liuzhou", "Guilin",   "Kunming", "Chengdu",
                                "Guiyang", "Wuhan",   "Hangzhou", "Baotou",  "Hefei"};
const char *const enLabels[] = {"Policy name", "Key project", "Supporting measure", "Major event",
                                "Pilot programme"};
const char *const enThings[] = {
    "green building action plan",       "ultra-low-energy office demonstration",
    "rooftop solar retrofit subsidies", "building energy-efficiency standard revision",
    "aluminium capacity curbs",         "hydrogen truck corridor",
    "district heating retrofit",        "carbon trading pilot"};
const char *const enDateKeys[] = {"Issued", "Completion date", "Effective date", "Start date",
                                  "Implementation period"};
const char *const enScopes[] = {
    "New public buildings in Nanning, Liuzhou and Guilin", "All aluminium smelters in the province",
    "Industrial parks above 50 hectares", "Provincial key construction projects"};
const char *const enSourceNames[] = {"Guangxi Daily",
                                     "Xinhua",
                                     "Ministry notice",
                                     "Provincial Department of Housing",
                                     "Development and Reform Commission",
                                     "Caixin Global"};
const char *const enKinds[] = {"Market", "Technology", "Plan"};
const char *const enMonths[] = {"January",   "February", "March",    "April",
                                "May",       "June",     "July",     "August",
                                "September", "October",  "November", "December"};
const char *const enNotes[] = {"Analyst remark: figures are from public reports.",
                               "Note: the schedule may have changed since.",
                               "Analyst remark: the revision tightened envelope requirements."};

// Days 2000-01-01 .. 2025-12-31, the period the pipeline covers.
const qint64 RangeStart = QDate(2000, 1, 1).toJulianDay();
const qint64 RangeEnd = QDate(2025, 12, 31).toJulianDay();
const qint64 EarliestStart = QDate(1000, 1, 1).toJulianDay();

constexpr qsizetype ChunkSize = 1 << 20;

struct GenDate {
    int year = 0, month = 0, day = 0; // month/day 0 when the precision is coarser
    qint64 firstDay = 0;
};

class Writer {
public:
    Writer(quint64 seed, bool english, int turningPoints, CorpusGenerator::Stats *stats,
           QIODevice *sink)
        : m_rng(seed)
        , m_english(english)
        , m_count(turningPoints)
        , m_stats(stats)
        , m_sink(sink) {}

    // The whole report, or (with a sink) what is left after the rest went to the sink.
    QByteArray run();
    bool sinkFailed() const { return m_sinkFailed; }

private:
    void line(const QByteArray &s) {
        m_out += s;
        m_out += m_eol;
    }
    // A report of a million turning points is half a gigabyte; with a sink it is written in
    // pieces, so generating it does not cost that much memory.
    void flush() {
        if (!m_sink || m_sinkFailed)
            return;
        if (m_sink->write(m_out) != m_out.size())
            m_sinkFailed = true;
        m_out.clear();
    }
    void blank() { m_out += m_eol; }
    QByteArray num(qint64 v) { return QByteArray::number(v); }

    GenDate nextHeadingDate(int remaining);
    QByteArray headingDate(const GenDate &d);
    QByteArray fieldDate(const GenDate &around);
    QByteArray confidence();
    QByteArray url();
    void turningPoint(int remaining);
    void entry(int ordinal, const GenDate &date);
    void sources();

    Random m_rng;
    bool m_english;
    int m_count;
    CorpusGenerator::Stats *m_stats;
    QIODevice *m_sink;
    bool m_sinkFailed = false;
    QByteArray m_out;
    QByteArray m_eol = "\n";
    qint64 m_first = RangeStart; // firstDay of the previous heading date, or the start - 1
    qint64 m_end = RangeEnd;
    bool m_started = false;
    int m_ordinalStyle = 0;
};

QByteArray Writer::run() {
    // Dates must strictly increase for the report to be clean; when they do not fit in
    // 2000–2025 at one a day, the range starts earlier (not before year 1000) and then runs on.
    const qint64 needed = qint64(m_count) * 5 / 4;
    const qint64 start = std::max(EarliestStart, std::min(RangeStart, RangeEnd - needed));
    m_first = start - 1;
    m_end = std::max(RangeEnd, start + needed);
    if (m_rng.chance(10))
        m_eol = "\r\n"; // files edited on Windows
    m_ordinalStyle = m_rng.range(0, 9);
    m_out.reserve(m_sink ? ChunkSize + 4096 : qsizetype(m_count) * 600 + 512);

    if (m_english) {
        line("# " + QByteArray(m_rng.pick(enRegions)) + ' ' + m_rng.pick(enSectors) +
             " Sector Carbon Emissions: Key Policies and Events");
        blank();
        line("Analysis period: up to 2025-0" + num(m_rng.range(1, 9)) + "-01");
        line("Turning points included: " + num(m_count));
    } else {
        line(QByteArray(m_rng.pick(cnRegions)) + m_rng.pick(cnSectors) +
             "部门碳排放关键政策与事件汇编");
        blank();
        line("分析周期：截至2025年" + num(m_rng.range(1, 9)) + "月1日");
        line("收录重大转折点：" + num(m_count) + "项");
    }
    blank();
    line("---");
    blank();
    for (int i = 0; i < m_count; ++i) {
        turningPoint(m_count - i);
        if (m_out.size() >= ChunkSize)
            flush();
    }
    flush();
    if (m_stats)
        m_stats->turningPoints = m_count;
    return std::move(m_out);
}

GenDate Writer::nextHeadingDate(int remaining) {
    // Average room per remaining turning point decides how coarse the dates can be.
    const qint64 budget = std::max<qint64>(1, (m_end - m_first) / std::max(1, remaining));
    int precision = 3; // 1 year, 2 month, 3 day
    if (budget >= 60) {
        const int r = m_rng.range(0, 99);
        precision = r < 15 ? 1 : (r < 80 ? 2 : 3);
    } else if (budget >= 4) {
        precision = m_rng.chance(10) ? 2 : 3;
    }
    const qint64 step = budget <= 1 ? 1 : m_rng.range(1, int(std::min<qint64>(2 * budget, 4000)));
    // Never run so far that the rest cannot get a day each.
    const qint64 target = std::min(m_first + step, m_end - remaining + 1);
    QDate t = QDate::fromJulianDay(std::max(target, m_first + 1));
    QDate d;
    if (precision == 1) {
        d = QDate(t.year(), 1, 1);
        if (d.toJulianDay() <= m_first)
            d = QDate(QDate::fromJulianDay(m_first).year() + 1, 1, 1);
    } else if (precision == 2) {
        d = QDate(t.year(), t.month(), 1);
        if (d.toJulianDay() <= m_first) {
            const QDate next = QDate::fromJulianDay(m_first).addMonths(1);
            d = QDate(next.year(), next.month(), 1);
        }
    } else {
        d = t;
    }
    if (d.toJulianDay() > m_end - remaining + 1) { // rounding up overshot: a day instead
        precision = 3;
        d = QDate::fromJulianDay(m_first + 1);
    }
    GenDate g;
    g.year = d.year();
    g.month = precision >= 2 ? d.month() : 0;
    g.day = precision == 3 ? d.day() : 0;
    g.firstDay = d.toJulianDay();
    m_first = g.firstDay;
    return g;
}

QByteArray Writer::headingDate(const GenDate &d) {
    if (m_english) {
        if (d.month == 0)
            return num(d.year);
        if (m_rng.chance(30)) { // ISO
            QByteArray s = num(d.year) + '-' + (d.month < 10 ? "0" : "") + num(d.month);
            if (d.day)
                s += QByteArray("-") + (d.day < 10 ? "0" : "") + num(d.day);
            return s;
        }
        if (d.day)
            return num(d.day) + ' ' + enMonths[d.month - 1] + ' ' + num(d.year);
        return QByteArray(enMonths[d.month - 1]) + ' ' + num(d.year);
    }
    QByteArray s = num(d.year) + "年";
    if (d.month)
        s += num(d.month) + "月";
    if (d.day)
        s += num(d.day) + "日";
    return s;
}

// A date in an entry field: near the turning point, any precision, sometimes a range.
QByteArray Writer::fieldDate(const GenDate &around) {
    QDate base = QDate::fromJulianDay(around.firstDay + m_rng.range(-200, 300));
    if (base.year() < 1000)
        base = QDate(1000, 1, 15);
    const int y = base.year();
    const int m = base.month();
    const int r = m_rng.range(0, 99);
    if (m_english) {
        if (r < 50)
            return QByteArray(enMonths[m - 1]) + ' ' + num(y);
        if (r < 70)
            return num(base.day()) + ' ' + enMonths[m - 1] + ' ' + num(y);
        if (r < 85)
            return num(y) + '-' + (m < 10 ? "0" : "") + num(m) + '-' +
                   (base.day() < 10 ? "0" : "") + num(base.day());
        return QByteArray(enMonths[m - 1]) + ' ' + num(y) + " to " + enMonths[m_rng.range(0, 11)] +
               ' ' + num(y + 1);
    }
    if (r < 55)
        return num(y) + "年" + num(m) + "月";
    if (r < 75)
        return num(y) + "年" + num(m) + "月" + num(base.day()) + "日";
    if (r < 88)
        return num(y) + "年度";
    return num(y) + "年" + num(m) + "月-" + num(y + 1) + "年" + num(m_rng.range(1, 12)) + "月";
}

QByteArray Writer::confidence() {
    const int whole = m_rng.range(30, 95);
    const int form = m_rng.range(0, 99);
    if (form < 10 && whole < 95)
        return num(whole) + ".5%";
    if (form < (m_english ? 35 : 18))
        return "0." + num(whole); // a fraction means ×100
    return num(whole) + '%';
}

QByteArray Writer::url() {
    static const char hex[] = "0123456789abcdef";
    QByteArray id;
    for (int i = 0; i < 24; ++i)
        id += hex[m_rng.next() % 16];
    QByteArray u = m_rng.chance(15) ? "http://" : "https://";
    u += m_rng.pick(hosts);
    u += "/a/" + num(m_rng.range(2015, 2025)) + num(m_rng.range(10, 12)) + '/' +
         num(m_rng.range(10, 28)) + "/WS" + id + ".html";
    return u;
}

void Writer::sources() {
    QByteArray key = m_english ? (m_rng.chance(50) ? "Official source" : "Source")
                               : QByteArray(m_rng.chance(80) ? "官方来源" : "信息来源");
    QByteArray value;
    int count = 0;
    const int form = m_rng.range(0, 99);
    auto named = [&](bool fullWidth) {
        const QByteArray name = m_english ? m_rng.pick(enSourceNames) : m_rng.pick(cnSourceNames);
        return fullWidth ? name + "（" + url() + "）" : name + " (" + url() + ')';
    };
    if (form < 60) {
        value = named(!m_english);
        count = 1;
    } else if (form < 72) {
        value = '[' +
                QByteArray(m_english ? m_rng.pick(enSourceNames) : m_rng.pick(cnSourceNames)) +
                "](" + url() + ')';
        count = 1;
    } else if (form < 80) {
        value = url();
        count = 1;
    } else if (form < 88) {
        value = m_english ? QByteArray(m_rng.pick(enSourceNames))
                          : QByteArray("国家发改委、国家能源局");
        count = m_english ? 1 : 2; // 、 separates sources (report-format.md §2)
    } else {
        value = named(!m_english) + (m_english ? "; " : "；") + named(!m_english);
        count = 2;
    }
    line("**" + key + "**" + (m_english ? ": " : "：") + value);
    if (m_stats)
        m_stats->sources += count;
}

void Writer::entry(int ordinal, const GenDate &date) {
    QByteArray prefix;
    if (m_ordinalStyle < 8 || m_english)
        prefix = num(ordinal) + ". ";
    else if (m_ordinalStyle < 9)
        prefix = num(ordinal) + "、";
    else
        prefix = "（" + num(ordinal) + "）";
    const char *colon = m_english ? ": " : "：";
    if (m_english) {
        line(prefix + "**" + m_rng.pick(enLabels) + "**" + colon + m_rng.pick(enCities) + ' ' +
             m_rng.pick(enThings));
    } else {
        line(prefix + "**" + m_rng.pick(cnLabels) + "**" + colon + m_rng.pick(cnRegions) +
             m_rng.pick(cnCities) + m_rng.pick(cnThings));
    }
    const int fields = m_rng.range(1, 4);
    // The date field first, then distinct others in a random order (a key twice in one entry
    // is legal but not what the pipeline writes).
    int kinds[] = {1, 2, 3, 4, 5};
    for (int i = 4; i > 0; --i)
        std::swap(kinds[i], kinds[m_rng.range(0, i)]);
    for (int f = 0; f < fields; ++f) {
        QByteArray key, value;
        const int kind = f == 0 ? 0 : kinds[f - 1];
        if (m_english) {
            switch (kind) {
            case 0:
                key = m_rng.pick(enDateKeys);
                value = fieldDate(date);
                break;
            case 1:
                key = "Scope";
                value = m_rng.pick(enScopes);
                break;
            case 2:
                key = "Lead agency";
                value = m_rng.pick(enSourceNames);
                break;
            case 3:
                key = "Floor area";
                value = num(m_rng.range(5, 900)) + ",000 square metres";
                break;
            default:
                key = "Investment";
                value = num(m_rng.range(1, 300)) + '.' + num(m_rng.range(1, 9)) + " billion yuan";
                break;
            }
        } else {
            switch (kind) {
            case 0:
                key = m_rng.pick(cnDateKeys);
                value = fieldDate(date);
                break;
            case 1:
                key = "实施主体";
                value = QByteArray(m_rng.pick(cnRegions)) + m_rng.pick(cnBodies);
                break;
            case 2:
                key = "政策效应";
                value = m_rng.pick(cnEffects);
                break;
            case 3:
                key = "实施范围";
                value = m_rng.pick(cnScopes);
                break;
            case 4:
                key = "投资规模";
                value = num(m_rng.range(1, 300)) + '.' + num(m_rng.range(1, 9)) + "亿元人民币";
                break;
            default:
                key = "产能规模";
                value = "年产量" + num(m_rng.range(2, 90)) + "亿平方米";
                break;
            }
        }
        line("**" + key + "**" + colon + value);
    }
    if (m_stats) {
        ++m_stats->entries;
        m_stats->fields += fields;
    }
    if (m_rng.chance(85))
        sources();
    if (m_rng.chance(4)) { // a remark after a blank line: a note of the entry
        blank();
        line(m_english ? m_rng.pick(enNotes) : m_rng.pick(cnNotes));
    }
}

void Writer::turningPoint(int remaining) {
    const GenDate date = nextHeadingDate(remaining);
    const int kindRoll = m_rng.range(0, 99);
    QByteArray kind;
    if (m_english)
        kind = kindRoll < 55 ? "Event" : (kindRoll < 90 ? "Policy" : m_rng.pick(enKinds));
    else
        kind = kindRoll < 55 ? "事件" : (kindRoll < 90 ? "政策" : m_rng.pick(cnKinds));
    const char *dash = m_rng.chance(85) ? " - " : " — ";
    if (m_english)
        line("### Turning point: " + headingDate(date) + " (" + kind + ')' + dash +
             "Confidence: " + confidence());
    else
        line("### 转折点：" + headingDate(date) + "（" + kind + "）" + dash + "置信度：" +
             confidence());
    blank();
    const int roll = m_rng.range(0, 99);
    if (roll < 30) {
        line(m_english ? "No relevant policy documents or major events were detected in this "
                         "period."
                       : "本周期内未监测到相关政策性文件及重大事件。");
        if (m_stats)
            ++m_stats->nothingFound;
    } else if (roll >= 32) { // 30-31: a turning point with no entries and no sentence
        const int entries = m_rng.range(1, 4);
        for (int e = 1; e <= entries; ++e) {
            if (e > 1)
                blank();
            entry(e, date);
        }
    }
    blank();
    line("---");
    blank();
}

} // namespace

namespace {
bool isEnglish(quint64 seed, CorpusGenerator::Language language) {
    if (language == CorpusGenerator::Language::Random)
        return Random(seed ^ 0x5bd1e995ULL).chance(20); // one report in five
    return language == CorpusGenerator::Language::English;
}
} // namespace

QByteArray CorpusGenerator::report(int turningPoints, quint64 index, Language language,
                                   Stats *stats) const {
    const quint64 seed = mix(m_seed, index);
    if (stats)
        *stats = Stats{};
    return Writer(seed, isEnglish(seed, language), std::max(0, turningPoints), stats, nullptr)
        .run();
}

bool CorpusGenerator::write(QIODevice *out, int turningPoints, quint64 index, Language language,
                            Stats *stats) const {
    const quint64 seed = mix(m_seed, index);
    if (stats)
        *stats = Stats{};
    Writer writer(seed, isEnglish(seed, language), std::max(0, turningPoints), stats, out);
    writer.run();
    return !writer.sinkFailed();
}

bool CorpusGenerator::writeCorpus(const QString &dir, int files, int turningPoints,
                                  QString *error) const {
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    for (int i = 0; i < files; ++i) {
        QSaveFile file(QDir(dir).filePath(fileName(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(report(turningPoints, quint64(i))) < 0 ||
            !file.commit()) {
            if (error)
                *error =
                    QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

int CorpusGenerator::turningPointsForSize(qint64 bytes) const {
    constexpr int SampleTurningPoints = 2000;
    qint64 sampleBytes = 0;
    constexpr int Samples = 4;
    for (int i = 0; i < Samples; ++i)
        sampleBytes += report(SampleTurningPoints, quint64(i)).size();
    const double perTurningPoint = double(sampleBytes) / (Samples * SampleTurningPoints);
    return std::max(1, int(double(bytes) / perTurningPoint));
}

QString CorpusGenerator::fileName(int index) {
    return QStringLiteral("report-%1.md").arg(index + 1, 5, 10, QLatin1Char('0'));
}

} // namespace Turnpoint
