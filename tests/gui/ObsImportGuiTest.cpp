// File → Import an OBS scene collection as real widgets: the collections in
// OBS's config folder are listed, picking one reads it on a worker and shows
// what did not come over; a broken file says why and cannot be used.
#include "CatchQt.hpp"

#include "dialogs/ObsImportDialog.hpp"
#include "work/GuiThreadCheck.hpp"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace shopcast;

TEST_CASE("OBS import dialog: OBS's collections listed, one read with its report, a cut file refused", "[gui][obs-import]")
{
    QTemporaryDir obsConfig;
    QDir().mkpath(obsConfig.filePath(QStringLiteral("basic/scenes")));
    REQUIRE(QFile::copy(QStringLiteral(SHOPCAST_FIXTURES "/obs/直播间-obs29.json"), obsConfig.filePath(QStringLiteral("basic/scenes/直播间.json"))));
    QFile fixture(QStringLiteral(SHOPCAST_FIXTURES "/obs/直播间-obs29.json"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    QFile cut(obsConfig.filePath(QStringLiteral("cut.json")));
    REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(fixture.readAll().left(5000));
    cut.close();

    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    app::ObsImportDialog dialog(obsConfig.path());
    dialog.resize(720, 520);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("obsCollections"));
    auto *report = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importReport"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == QStringLiteral("直播间"));
    CHECK_FALSE(ok->isEnabled());

    QSignalSpy finished(&dialog, &app::ObsImportDialog::readFinished);
    list->setCurrentRow(0);
    REQUIRE_EVENTUALLY(finished.count() == 1, 30'000);
    CHECK(finished.first().first().toBool());
    CHECK(ok->isEnabled());
    CHECK(summary->text().contains(QStringLiteral("3")));
    CHECK(report->toPlainText().contains(QStringLiteral("browser_source")));
    REQUIRE(dialog.result());
    CHECK(dialog.result()->collection.scenes().size() == 3);
    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    dialog.grab().save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/obs-import.png"));

    dialog.read(cut.fileName());
    REQUIRE_EVENTUALLY(finished.count() == 2, 30'000);
    CHECK_FALSE(finished.last().first().toBool());
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(dialog.result());
    CHECK(summary->text().contains(QStringLiteral("cut short")));
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);
}
