/**
Writing to stdout the way a Unix filter should: `corpus-reader list | head` ends quietly with exit 0
when the reader of the pipe goes away.
*/
export function endQuietlyOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			process.exit(0);
		}

		throw error;
	});
}
