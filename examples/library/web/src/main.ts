// The library's web page: lists books page by page, creates, edits with an update mask and deletes, all through
// gRPC-Web calls (connect-web) to the Java server that serves this page, and shows the errors the server sends.
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { LibraryService } from "./gen/library/v1/library_service_pb.js";
import type { Book } from "./gen/library/v1/model_pb.js";

const PAGE_SIZE = 2;

const library = createClient(
  LibraryService,
  createGrpcWebTransport({ baseUrl: window.location.origin }),
);

const $ = <T extends HTMLElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (element === null) throw new Error(`the page has no ${selector}`);
  return element;
};

const rows = $<HTMLTableSectionElement>("#books tbody");
const status = $<HTMLParagraphElement>("#status");
const prev = $<HTMLButtonElement>("#prev");
const next = $<HTMLButtonElement>("#next");
const pageInfo = $<HTMLSpanElement>("#page-info");
const editId = $<HTMLInputElement>("#edit-id");
const editTitle = $<HTMLInputElement>("#edit-title");
const editPrice = $<HTMLInputElement>("#edit-price");
const save = $<HTMLButtonElement>("#save");

// The page tokens of the pages shown so far: tokens[i] reads page i + 1 ("" for the first).
let tokens: string[] = [""];
let page = 0;
let nextToken = "";
let editing: Book | undefined;

/** "INVALID_ARGUMENT", as gRPC names the code of a ConnectError ("InvalidArgument" in connect's enum). */
function codeName(code: Code): string {
  return Code[code].replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
}

function show(message: string): void {
  status.textContent = message;
  status.className = "";
}

function showError(error: unknown): void {
  const e = ConnectError.from(error);
  status.textContent = `${codeName(e.code)}: ${e.rawMessage}`;
  status.className = "error";
}

async function load(): Promise<void> {
  const response = await library.listBooks({ pageSize: PAGE_SIZE, pageToken: tokens[page] });
  rows.replaceChildren(...response.books.map(row));
  nextToken = response.nextPageToken;
  prev.disabled = page === 0;
  next.disabled = nextToken === "";
  pageInfo.textContent = `page ${page + 1}`;
}

function cell(text: string, className: string): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  td.className = className;
  return td;
}

function button(label: string, action: () => Promise<void>): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", () => action().catch(showError));
  return b;
}

function row(book: Book): HTMLTableRowElement {
  const id = book.id ?? 0n; // optional in proto (the server always sets it)
  const tr = document.createElement("tr");
  tr.dataset.id = id.toString();
  const actions = document.createElement("td");
  actions.append(
    button("Edit", async () => startEditing(book)),
    button("Delete", async () => {
      await library.deleteBook({ id });
      await load();
      show(`Deleted book ${id}`);
    }),
  );
  // copiesSold is an int64: a bigint here, so 9007199254740993 shows exactly
  tr.append(cell(id.toString(), "id"), cell(book.title, "title"), cell(book.price ?? "", "price"),
    cell(book.copiesSold.toString(), "copies"), actions);
  return tr;
}

function startEditing(book: Book): void {
  editing = book;
  editId.value = (book.id ?? 0n).toString();
  editTitle.value = book.title;
  editPrice.value = book.price ?? "";
  save.disabled = false;
}

prev.addEventListener("click", () => {
  page--;
  load().catch(showError);
});

next.addEventListener("click", () => {
  if (tokens.length === page + 1) tokens.push(nextToken);
  page++;
  load().catch(showError);
});

$<HTMLFormElement>("#create-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const title = $<HTMLInputElement>("#new-title").value;
  const priceText = $<HTMLInputElement>("#new-price").value;
  const price = priceText === "" ? undefined : priceText; // an optional field: empty means no price
  const authorId = BigInt($<HTMLInputElement>("#new-author").value || "0");
  library.createBook({ book: { title, price, authorId } })
    .then(async (response) => {
      await load();
      show(`Created book ${response.book?.id}: ${response.book?.title}`);
    })
    .catch(showError);
});

$<HTMLFormElement>("#edit-form").addEventListener("submit", (event) => {
  event.preventDefault();
  if (editing === undefined) return;
  // Only the fields the user changed go into the update mask; the server leaves every other field as it is.
  const paths: string[] = [];
  if (editTitle.value !== editing.title) paths.push("title");
  if (editPrice.value !== (editing.price ?? "")) paths.push("price");
  const id = editing.id;
  library.updateBook({
    book: { id, title: editTitle.value, price: editPrice.value === "" ? undefined : editPrice.value },
    updateMask: { paths },
  })
    .then(async (response) => {
      if (response.book) startEditing(response.book);
      await load();
      show(`Updated book ${id} (update_mask: ${paths.join(", ")}), now version ${response.book?.version}`);
    })
    .catch(showError);
});

tokens = [""];
load().then(() => show("Ready")).catch(showError);
