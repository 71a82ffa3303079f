#include "atomicfile.h"

#include <QSaveFile>

namespace Turnpoint {

QString AtomicFile::write(const QString &fileName, const QByteArray &bytes) {
    QSaveFile file(fileName);
    // Unbuffered: the bytes are already in one piece, and QFileDevice's buffer only hides how a
    // write failed. A buffered write that stops part way surfaces in flush() with an error but
    // no text ("Unknown error"); commit() does not even report it, and would rename a cut-short
    // file over the old one (seen with a full disk and with a file size limit). Unbuffered,
    // write() itself says how much reached the file, and there is nothing left to flush.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    if (file.write(bytes) != bytes.size()) {
        // A write that stops part way (EFBIG, ENOSPC after some bytes) returns a short count
        // without an error set; only one that wrote nothing carries the system's reason.
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   //: Export error: fewer bytes than the document's were written
                                   : tr("the file was cut short (disk full?)");
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace Turnpoint
