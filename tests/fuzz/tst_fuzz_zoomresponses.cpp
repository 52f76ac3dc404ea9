// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the fuzz target over the committed corpus and over deterministic mutations of it
// (truncations, bit flips, byte insertions), so every build exercises the parsers with
// malformed input; under the asan preset this also catches memory errors.
#include "zoomresponses_target.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

class TestFuzzZoomResponses final : public QObject
{
    Q_OBJECT

private slots:
    void corpusAndMutations()
    {
        const QDir corpus(qEnvironmentVariable("ROOMDESK_SOURCE_DIR") + "/tests/fuzz/corpus/zoomresponses");
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY2(files.size() >= 8, "the corpus is missing");
        QRandomGenerator random(20261122);
        int runs = 0;
        for (const QString &name : files) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray seed = file.readAll();
            for (int round = 0; round < 400; ++round) {
                QByteArray input = seed;
                const int edits = 1 + random.bounded(4);
                for (int e = 0; e < edits && !input.isEmpty(); ++e) {
                    const int at = random.bounded(static_cast<int>(input.size()));
                    switch (random.bounded(4)) {
                    case 0:
                        input.truncate(at);
                        break;
                    case 1:
                        input[at] = static_cast<char>(input.at(at) ^ (1 << random.bounded(8)));
                        break;
                    case 2:
                        input.insert(at, static_cast<char>(random.bounded(256)));
                        break;
                    default:
                        input.insert(at, input.mid(random.bounded(static_cast<int>(input.size())), 8));
                        break;
                    }
                }
                if (round == 0)
                    input = seed; // the seed itself, unchanged
                roomdeskFuzzZoomResponse(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                         static_cast<std::size_t>(input.size()));
                ++runs;
            }
        }
        QVERIFY(runs >= 3200);
    }
};

QTEST_GUILESS_MAIN(TestFuzzZoomResponses)
#include "tst_fuzz_zoomresponses.moc"
