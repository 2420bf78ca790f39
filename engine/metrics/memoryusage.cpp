// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryusage.h"

#include <QFile>

#if defined(Q_OS_WIN)
#    include <psapi.h>
#    include <windows.h>
#elif defined(Q_OS_MACOS)
#    include <mach/mach.h>
#    include <sys/resource.h>
#elif defined(Q_OS_UNIX)
#    include <sys/resource.h>
#endif

namespace altrunner {

namespace {

#if defined(Q_OS_LINUX)
// Reads a "Vm...:   1234 kB" line of /proc/self/status: it has both the current and the peak
// (high-water mark) resident size, unlike getrusage.
qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix(field);
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
#endif

} // namespace

qint64 MemoryUsage::peakResidentBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return qint64(counters.PeakWorkingSetSize);
    return 0;
#elif defined(Q_OS_LINUX)
    return procStatusKb("VmHWM:") * 1024;
#elif defined(Q_OS_MACOS)
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return qint64(usage.ru_maxrss); // bytes on macOS
    return 0;
#elif defined(Q_OS_UNIX)
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return qint64(usage.ru_maxrss) * 1024;
    return 0;
#else
    return 0;
#endif
}

qint64 MemoryUsage::currentResidentBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return qint64(counters.WorkingSetSize);
    return 0;
#elif defined(Q_OS_LINUX)
    return procStatusKb("VmRSS:") * 1024;
#elif defined(Q_OS_MACOS)
    mach_task_basic_info info;
    mach_msg_type_number_t count = MACH_TASK_BASIC_INFO_COUNT;
    if (task_info(mach_task_self(), MACH_TASK_BASIC_INFO, task_info_t(&info), &count)
        == KERN_SUCCESS)
        return qint64(info.resident_size);
    return 0;
#else
    return peakResidentBytes();
#endif
}

} // namespace altrunner
