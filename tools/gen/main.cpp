// turnpoint-gen: writes synthetic turning-point reports (see corpusgenerator.h).
//
//   turnpoint-gen [--seed S] --turning-points N [--english|--chinese] [--out FILE]
//   turnpoint-gen [--seed S] --size-mb X [--out FILE]
//   turnpoint-gen [--seed S] --files M --turning-points N --out DIR

#include "corpusgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Turnpoint;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("turnpoint-gen"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Writes deterministic synthetic turning-point reports: one report (to FILE, or standard "
        "output) or M reports into DIR."));
    cli.addHelpOption();
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("random seed (1)"),
                                     QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption tpOpt(QStringLiteral("turning-points"),
                                   QStringLiteral("turning points per report (10)"),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption sizeOpt(QStringLiteral("size-mb"),
                                     QStringLiteral("one report of about X MB (overrides N)"),
                                     QStringLiteral("X"));
    const QCommandLineOption filesOpt(QStringLiteral("files"),
                                      QStringLiteral("write M reports into the directory --out"),
                                      QStringLiteral("M"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QStringLiteral("output file or directory (- = stdout)"),
                                    QStringLiteral("PATH"), QStringLiteral("-"));
    const QCommandLineOption englishOpt(QStringLiteral("english"),
                                        QStringLiteral("English wording (single report)"));
    const QCommandLineOption chineseOpt(QStringLiteral("chinese"),
                                        QStringLiteral("Chinese wording (single report)"));
    cli.addOptions({seedOpt, tpOpt, sizeOpt, filesOpt, outOpt, englishOpt, chineseOpt});
    cli.process(app);

    auto number = [&](const QCommandLineOption &opt, qint64 min) {
        bool ok = false;
        const qint64 v = cli.value(opt).toLongLong(&ok);
        if (!ok || v < min) {
            std::fprintf(stderr, "turnpoint-gen: bad --%s\n", qPrintable(opt.names().first()));
            std::exit(2);
        }
        return v;
    };
    const CorpusGenerator gen(quint64(number(seedOpt, 0)));
    int turningPoints = int(number(tpOpt, 0));
    const QString out = cli.value(outOpt);

    if (cli.isSet(filesOpt)) {
        if (out == QLatin1String("-")) {
            std::fprintf(stderr, "turnpoint-gen: --files needs --out DIR\n");
            return 2;
        }
        QString error;
        if (!gen.writeCorpus(out, int(number(filesOpt, 1)), turningPoints, &error)) {
            std::fprintf(stderr, "turnpoint-gen: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    if (cli.isSet(sizeOpt))
        turningPoints = gen.turningPointsForSize(number(sizeOpt, 1) * 1024 * 1024);
    const auto language = cli.isSet(englishOpt)   ? CorpusGenerator::Language::English
                          : cli.isSet(chineseOpt) ? CorpusGenerator::Language::Chinese
                                                  : CorpusGenerator::Language::Random;
    if (out == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            !gen.write(&stdoutFile, turningPoints, 0, language))
            return 1;
        return 0;
    }
    // A device or a pipe (/dev/null, >(…)) is written in place: QSaveFile would rename a regular
    // file over it.
    const QFileInfo target(out);
    if (target.exists() && !target.isFile() && !target.isDir()) {
        QFile direct(out);
        if (!direct.open(QIODevice::WriteOnly) || !gen.write(&direct, turningPoints, 0, language)) {
            std::fprintf(stderr, "turnpoint-gen: cannot write %s: %s\n", qPrintable(out),
                         qPrintable(direct.errorString()));
            return 1;
        }
        return 0;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || !gen.write(&file, turningPoints, 0, language) ||
        !file.commit()) {
        std::fprintf(stderr, "turnpoint-gen: cannot write %s: %s\n", qPrintable(out),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
