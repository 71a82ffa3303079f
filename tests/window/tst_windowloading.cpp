// MainWindow::openFiles() reads reports in the background (ReportLoader): what the window shows
// while it runs, the order reports arrive in, errors, queueing and Cancel.
#include "corpusgenerator.h"
#include "mainwindow.h"
#include "statusprogress.h"
#include "timelinemodel.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QFile>
#include <QKeySequence>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace Turnpoint;

class TestWindowLoading : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    QStringList m_files; // generated reports of very different sizes
    QString m_broken;

    bool write(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    QStringList loadedFiles(const MainWindow &w) const {
        QStringList files;
        for (int r = 0; r < w.model()->reportCount(); ++r)
            files.append(w.model()->report(r).file);
        return files;
    }

private slots:
    void initTestCase() {
        // Never the user's settings.
        QVERIFY(TestSupport::useTemporarySettings(m_config));
        QVERIFY(m_dir.isValid());
        const CorpusGenerator gen(5);
        const int sizes[] = {3000, 2, 40, 1, 600, 5};
        for (int i = 0; i < int(std::size(sizes)); ++i) {
            const QString path = m_dir.filePath(CorpusGenerator::fileName(i));
            QVERIFY(write(path, gen.report(sizes[i], quint64(i))));
            m_files.append(path);
        }
        m_broken = m_dir.filePath(QStringLiteral("not-a-report.md"));
        QVERIFY(write(m_broken, QByteArrayLiteral("just some words\nand no title\n")));
    }

    void filesArriveInTheOrderGiven() {
        MainWindow w;
        QSignalSpy finished(w.documents(), &DocumentsController::loadFinished);
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QStringList asked = m_files;
        asked.insert(2, m_broken);
        w.openFiles(asked);
        // Nothing is parsed inside openFiles(): the event loop stays free while files load.
        QVERIFY(w.documents()->isLoading());
        QCOMPARE(w.model()->reportCount(), 0);
        QVERIFY(w.documents()->loadProgress()->isVisibleTo(&w));

        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!w.documents()->isLoading());
        QVERIFY(!w.documents()->loadProgress()->isVisibleTo(&w));
        // The unusable file is reported, once, by name; every other file is there, in order,
        // whichever thread finished first.
        QCOMPARE(loadedFiles(w), m_files);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("not-a-report.md")));
        // The last report added is selected, as after opening files one by one.
        QCOMPARE(w.selectionModel()->currentIndex().row(), int(m_files.size()) - 1);
    }

    void filesAskedForDuringALoadFollowIt() {
        MainWindow w;
        QSignalSpy finished(w.documents(), &DocumentsController::loadFinished);
        w.openFiles({m_files.at(0), m_files.at(1)});
        w.openFiles({m_files.at(3), m_files.at(0)}); // one new, one already on its way
        QVERIFY(TestSupport::openAndWait(w, {}));
        QCOMPARE(loadedFiles(w), (QStringList{m_files.at(0), m_files.at(1), m_files.at(3)}));
        // One loadFinished for the whole request, not one per batch.
        QCOMPARE(finished.size(), 1);
    }

    void cancelStopsAndKeepsWhatArrived() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {m_files.at(1)}));
        QCOMPARE(w.model()->reportCount(), 1);

        QSignalSpy finished(w.documents(), &DocumentsController::loadFinished);
        // The large file first: nothing of this load can have arrived before the event loop runs,
        // so the Cancel below always comes before any delivery.
        w.openFiles({m_files.at(0), m_files.at(2)});
        w.openFiles({m_files.at(4)}); // queued behind the running load
        QVERIFY(w.documents()->isLoading());
        w.documents()->loadProgress()->cancelButton()->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!w.documents()->isLoading());
        QVERIFY(!w.documents()->loadProgress()->isVisibleTo(&w));
        // Nothing more arrives later: not the cancelled files, not the queued one.
        QTest::qWait(300);
        QCOMPARE(loadedFiles(w), QStringList{m_files.at(1)});
        QCOMPARE(finished.size(), 1);

        // The window can load again at once.
        QVERIFY(TestSupport::openAndWait(w, {m_files.at(3)}));
        QCOMPARE(loadedFiles(w), (QStringList{m_files.at(1), m_files.at(3)}));
    }

    // Reload (F5) of a file that is no longer a report: the loaded report stays as it was and
    // one error names the file. (The automatic reload the file watcher starts as well keeps it
    // too, with a warning rather than an error; tst_mainwindow covers that one on its own.)
    void reloadOfNonReportKeepsReport() {
        const QString path = m_dir.filePath(QStringLiteral("replaced-by-png.md"));
        QVERIFY(write(path, CorpusGenerator(7).report(12, 3)));
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {path}));
        QCOMPARE(w.model()->reportCount(), 1);
        const Report before = w.model()->report(0);
        QCOMPARE(before.turningPoints.size(), 12);

        QSignalSpy errors(&w, &MainWindow::errorShown);
        QSignalSpy reloaded(w.documents(), &DocumentsController::reloadFinished);
        QSignalSpy autoReloaded(w.documents(), &DocumentsController::autoReloaded);
        // A PNG signature and header chunk, then binary bytes: no report at all.
        QByteArray png("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", 20);
        for (int i = 0; i < 4096; ++i)
            png.append(char(i * 37 % 256));
        QVERIFY(write(path, png));
        TestSupport::action(&w, "reloadAction")->trigger();
        QCOMPARE(TestSupport::action(&w, "reloadAction")->shortcut(),
                 QKeySequence(QKeySequence::Refresh));
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1 && !w.documents()->isReloading(), 10000);
        // The watcher's own reload of the same change, so that nothing is still on its way.
        QTRY_COMPARE_WITH_TIMEOUT(autoReloaded.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.documents()->isReloading(), 10000);

        QCOMPARE(w.model()->reportCount(), 1);
        const Report &after = w.model()->report(0);
        QCOMPARE(after.file, path);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.turningPoints.size(), before.turningPoints.size());
        for (int i = 0; i < before.turningPoints.size(); ++i) {
            QCOMPARE(after.turningPoints.at(i).line, before.turningPoints.at(i).line);
            QCOMPARE(after.turningPoints.at(i).dateText, before.turningPoints.at(i).dateText);
            QCOMPARE(after.turningPoints.at(i).entries.size(),
                     before.turningPoints.at(i).entries.size());
        }
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("PNG")), qPrintable(message));
        const QList<QMessageBox *> boxes = w.findChildren<QMessageBox *>();
        for (QMessageBox *box : boxes)
            box->close();
    }

    void closingTheWindowWhileLoadingIsSafe() {
        auto w = std::make_unique<MainWindow>();
        w->openFiles(m_files);
        QTest::qWait(5);
        w.reset(); // the loader waits for its threads; nothing is delivered to a dead window
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestWindowLoading)
#include "tst_windowloading.moc"
