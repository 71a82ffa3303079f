#pragma once

#include <QString>

namespace Turnpoint {

// The region and sector a report's title names, for grouping reports side by side ("云南省" /
// "工业部门", "Yunnan Province" / "Industry Sector"). Titles are written by a pipeline and edited
// by people, so this recognises the common shapes and otherwise says nothing: an unrecognised
// part is empty, never a guess.
//
//   云南省工业部门碳排放关键政策与事件汇编                  -> 云南省, 工业部门
//   广西壮族自治区建筑部门碳排放…                          -> 广西壮族自治区, 建筑部门
//   Guangxi Zhuang Autonomous Region Building Sector …    -> Guangxi Zhuang Autonomous Region,
//                                                            Building Sector
//   Inner Mongolia Power Sector …                         -> Inner Mongolia, Power Sector
struct ReportTitle {
    QString region;
    QString sector;

    static ReportTitle parse(const QString &title);
};

} // namespace Turnpoint
