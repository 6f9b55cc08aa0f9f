import fs from 'node:fs';

const endOfCentralDirectory = 0x06054b50;
const centralEntry = 0x02014b50;
const localHeader = 0x04034b50;

/** MS-DOS time and date fields of a date (local wall clock, as zip readers show them). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * Sets the modification date of every entry of a zip file (an .xlsx) in place, in both the
 * local headers and the central directory. exceljs adds its first entries before we can give
 * them a date, and the clock would otherwise make two exports of the same data differ.
 */
export function fixZipEntryDates(file: string, when: Date): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    fs.readSync(fd, tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === endOfCentralDirectory) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`${file} is not a zip file (no end of central directory)`);
    const entries = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    const directory = Buffer.alloc(directorySize);
    fs.readSync(fd, directory, 0, directorySize, directoryOffset);
    const { time, date } = dosDateTime(when);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(date, 2);
    let cursor = 0;
    for (let n = 0; n < entries; n++) {
      if (directory.readUInt32LE(cursor) !== centralEntry)
        throw new Error(`${file}: damaged central directory`);
      stamp.copy(directory, cursor + 12);
      const localOffset = directory.readUInt32LE(cursor + 42);
      const signature = Buffer.alloc(4);
      fs.readSync(fd, signature, 0, 4, localOffset);
      if (signature.readUInt32LE(0) !== localHeader)
        throw new Error(`${file}: damaged local header`);
      fs.writeSync(fd, stamp, 0, 4, localOffset + 10);
      cursor +=
        46 +
        directory.readUInt16LE(cursor + 28) +
        directory.readUInt16LE(cursor + 30) +
        directory.readUInt16LE(cursor + 32);
    }
    fs.writeSync(fd, directory, 0, directorySize, directoryOffset);
  } finally {
    fs.closeSync(fd);
  }
}
