/**
The OSC 52 sequence that asks the terminal to put `text` on the system clipboard. It travels with the
terminal's own output stream, so it works over SSH where no local clipboard tool can.
*/
export function osc52Copy(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}
