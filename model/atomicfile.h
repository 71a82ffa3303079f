#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Turnpoint {

// Writes a whole file or nothing, for every export (PNG, SVG, PDF, JSON, CSV; window and batch):
// the bytes go to a temporary file that QSaveFile renames over the target only when all of them
// reached the disk, so a failed export leaves an existing file exactly as it was.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // Returns an empty string when `bytes` were written to `fileName`, otherwise why not, in
    // words for the user (the system's reason where it gives one).
    static QString write(const QString &fileName, const QByteArray &bytes);
};

} // namespace Turnpoint
