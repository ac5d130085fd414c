// opencc-js publishes its dictionaries as plain modules without types: each default-exports a
// string of `from to|from to|...` pairs. Importing one dictionary costs ~30 KB instead of the
// 1 MB of phrase tables behind `OpenCC.Converter`.
declare module 'opencc-js/dict/*' {
	const dictionary: string;
	export default dictionary;
}
