/**
Loaded into the reader with `NODE_OPTIONS=--import=…` by the tests that prove a crash restores the
terminal: it makes the reader fail the way a bug would, from outside its code, so the product carries
no test switch. `CRASH_HOOK=render` throws from the frame's write once the reader pane has focus (its
status bar says `reader`); `CRASH_HOOK=input` throws from the terminal's read of an `x` key.
*/
import tty from 'node:tty';

const mode = process.env.CRASH_HOOK;
if (mode === 'render') {
	const write = tty.WriteStream.prototype.write;
	tty.WriteStream.prototype.write = function (chunk, ...rest) {
		if (String(chunk).includes('reader  ? help')) {
			tty.WriteStream.prototype.write = write;
			throw new Error('test crash while rendering');
		}

		return write.call(this, chunk, ...rest);
	};
} else if (mode === 'input') {
	// Ink reads keys with read() in a 'readable' listener.
	const read = tty.ReadStream.prototype.read;
	tty.ReadStream.prototype.read = function (...rest) {
		const chunk = read.apply(this, rest);
		if (chunk !== null && String(chunk).includes('x')) {
			throw new Error('test crash while handling a key');
		}

		return chunk;
	};
}
